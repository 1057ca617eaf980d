// Claiming outbox rows for delivery. A worker takes a batch of due rows under row locks that
// other workers skip (FOR UPDATE SKIP LOCKED), marks them 'sending' under one claim token and
// holds them for a lease. The claim token (the database clock, to the microsecond) names the
// batch for good: a batch whose lease ran out — its worker died, or it is waiting to be retried
// — is taken over whole, never split or merged, so it is sent again with the same rows and so
// the same idempotency key, and Resend delivers it once.
import 'server-only';
import { and, asc, count, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { emailOutbox, emailPriorities, emailSuppressions } from '@/db/schema';

/** Why a bulk row was not sent: its address is on the suppression list (see lib/subscriptions). */
export const SUPPRESSED_AT_CLAIM = 'suppressed: the address unsubscribed, bounced or complained; bulk email is not sent to it';

export type OutboxRow = typeof emailOutbox.$inferSelect;
export type ClaimedBatch = { token: string; rows: OutboxRow[] };

/** One moment read from the database clock, kept as text so no microsecond is lost. */
async function claimToken(tx: Tx): Promise<string> {
  const [row] = rowsOf<{ token: string }>(await tx.execute(sql`select clock_timestamp()::text as token`));
  return row.token;
}

// postgres.js returns an array, PGlite an object with rows.
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}

const byToken = (token: string) => eq(emailOutbox.claimedAt, sql`${token}::timestamptz`);

/**
 * Takes up to `size` never-claimed rows that are due, the most urgent first (a sign-in link, then
 * personal notices, then bulk), so a waiting person is served between two batches of a bulk send.
 * Resend's batch endpoint takes no attachments: an email with attachments is a batch of its own,
 * and a batch without them leaves such rows to the next claim.
 */
export async function claimPendingBatch(db: Db, now: Date, size: number, leaseMs: number): Promise<ClaimedBatch | null> {
  return db.transaction(async (tx) => {
    // A bulk row to an address suppressed since it was queued (unsubscribed, bounced, complained)
    // is not sent: it is marked failed with the reason, and the next due rows are taken instead.
    // Personal emails (a sign-in link, a registration) still go.
    let due: { id: string; withAttachments: boolean }[] = [];
    for (let round = 0; round < 20; round++) {
      const rows = await tx
        .select({
          id: emailOutbox.id,
          withAttachments: sql<boolean>`${emailOutbox.attachments} is not null`,
          toEmail: emailOutbox.toEmail,
          priority: emailOutbox.priority,
        })
        .from(emailOutbox)
        .where(and(eq(emailOutbox.status, 'pending'), lte(emailOutbox.nextAttemptAt, now)))
        .orderBy(asc(emailOutbox.priority), asc(emailOutbox.createdAt), asc(emailOutbox.id))
        .limit(size)
        .for('update', { skipLocked: true });
      const bulkAddresses = [...new Set(rows.filter((r) => r.priority === emailPriorities.bulk).map((r) => r.toEmail.toLowerCase()))];
      const blocked = new Set(
        bulkAddresses.length
          ? (await tx.select({ email: emailSuppressions.email }).from(emailSuppressions).where(inArray(emailSuppressions.email, bulkAddresses))).map((s) => s.email)
          : [],
      );
      const suppressed = rows.filter((r) => r.priority === emailPriorities.bulk && blocked.has(r.toEmail.toLowerCase()));
      if (suppressed.length) {
        await tx
          .update(emailOutbox)
          .set({ status: 'failed', lastError: SUPPRESSED_AT_CLAIM })
          .where(inArray(emailOutbox.id, suppressed.map((r) => r.id)));
      }
      due = rows.filter((r) => !suppressed.includes(r));
      if (due.length > 0 || suppressed.length === 0) break;
    }
    if (due.length === 0) return null;
    const free = due[0].withAttachments ? [due[0]] : due.filter((r) => !r.withAttachments);
    const token = await claimToken(tx);
    const rows = await tx
      .update(emailOutbox)
      .set({
        status: 'sending',
        claimedAt: sql`${token}::timestamptz`,
        nextAttemptAt: new Date(now.getTime() + leaseMs),
        attempts: sql`${emailOutbox.attempts} + 1`,
      })
      .where(inArray(emailOutbox.id, free.map((r) => r.id)))
      .returning();
    return { token, rows: sortRows(rows) };
  });
}

/**
 * Takes over one whole batch that is due again: its lease ran out or its retry time came. A
 * batch partly locked by another worker is left to that worker.
 */
export async function reclaimDueBatch(db: Db, now: Date, leaseMs: number): Promise<ClaimedBatch | null> {
  return db.transaction(async (tx) => {
    const candidates = rowsOf<{ token: string }>(
      await tx.execute(sql`
        select ${emailOutbox.claimedAt}::text as token, min(${emailOutbox.nextAttemptAt}) as due
        from ${emailOutbox}
        where ${emailOutbox.status} = 'sending' and ${emailOutbox.nextAttemptAt} <= ${now.toISOString()}::timestamptz
        group by ${emailOutbox.claimedAt}
        order by due
        limit 5`),
    );
    for (const { token } of candidates) {
      const locked = await tx
        .select({ id: emailOutbox.id })
        .from(emailOutbox)
        .where(and(eq(emailOutbox.status, 'sending'), byToken(token), lte(emailOutbox.nextAttemptAt, now)))
        .for('update', { skipLocked: true });
      const [{ total }] = await tx
        .select({ total: count() })
        .from(emailOutbox)
        .where(and(eq(emailOutbox.status, 'sending'), byToken(token)));
      if (locked.length === 0 || locked.length !== total) continue;
      const rows = await tx
        .update(emailOutbox)
        .set({ nextAttemptAt: new Date(now.getTime() + leaseMs), attempts: sql`${emailOutbox.attempts} + 1` })
        .where(inArray(emailOutbox.id, locked.map((r) => r.id)))
        .returning();
      return { token, rows: sortRows(rows) };
    }
    return null;
  });
}

// A stable order, so the same batch always makes the same request.
function sortRows(rows: OutboxRow[]) {
  return rows.sort((a, b) => a.idempotencyKey.localeCompare(b.idempotencyKey));
}

export { byToken as claimedUnder };
