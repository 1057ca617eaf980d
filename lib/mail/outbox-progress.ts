// Reads of a dispatch's progress (how many sent, failed, still waiting) and the admin's retry
// of the failed ones.
import 'server-only';
import { and, asc, count, eq, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, emailStatuses } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';

export type DeliveryProgress = {
  total: number;
  /** Waiting for the worker, or in a batch being sent or waiting to be retried. */
  pending: number;
  sent: number;
  failed: number;
  bounced: number;
  complained: number;
  done: boolean;
};

export function readDeliveryProgress(db: DbOrTx, followupId: string): Promise<DeliveryProgress> {
  return readDeliveryProgressWhere(db, eq(emailOutbox.followupId, followupId));
}

/** The progress of any set of outbox rows (e.g. a meeting's invitations, by idempotency key). */
export async function readDeliveryProgressWhere(db: DbOrTx, where: SQL): Promise<DeliveryProgress> {
  const rows = await db
    .select({ status: emailOutbox.status, n: count() })
    .from(emailOutbox)
    .where(where)
    .groupBy(emailOutbox.status);
  const by = Object.fromEntries(emailStatuses.map((s) => [s, 0])) as Record<(typeof emailStatuses)[number], number>;
  for (const row of rows) by[row.status] = Number(row.n);
  const pending = by.pending + by.sending;
  return {
    total: rows.reduce((sum, r) => sum + Number(r.n), 0),
    pending,
    // Delivered is a sent email the provider later confirmed.
    sent: by.sent + by.delivered,
    failed: by.failed,
    bounced: by.bounced,
    complained: by.complained,
    done: pending === 0,
  };
}

export async function readFailedDeliveries(db: DbOrTx, followupId: string, limit = 50) {
  return db
    .select({ id: emailOutbox.id, toEmail: emailOutbox.toEmail, lastError: emailOutbox.lastError, attempts: emailOutbox.attempts })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.followupId, followupId), eq(emailOutbox.status, 'failed')))
    .orderBy(asc(emailOutbox.toEmail))
    .limit(limit);
}

/** Puts a follow-up's failed emails back in the queue as new. Returns how many. */
export async function retryFailedDeliveries(db: DbOrTx, actor: AuditActor, followupId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(emailOutbox)
      .set({ status: 'pending', attempts: 0, claimedAt: null, nextAttemptAt: now, lastError: null })
      .where(and(eq(emailOutbox.followupId, followupId), eq(emailOutbox.status, 'failed')))
      .returning({ id: emailOutbox.id });
    if (rows.length) {
      await recordAudit(tx, actor, {
        action: 'followup.retry-failed',
        entityType: 'followup',
        entityId: followupId,
        changes: { emails: rows.length },
      });
    }
    return rows.length;
  });
}
