// Personal emails the provider refused for good (or that kept failing for a day), for the
// secretariat: the list on /admin/emails and the dashboard, and "send again". Follow-up
// dispatches have their own list and retry on the follow-up page (outbox-progress.ts); a sign-in
// link is never offered again, since it has long expired (the person simply asks for a new one).
import 'server-only';
import { and, count, desc, eq, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, emailPriorities, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { outboxListColumns } from './outbox-list-columns';

const failedPersonal = and(
  eq(emailOutbox.status, 'failed'),
  eq(emailOutbox.priority, emailPriorities.personal),
  isNull(emailOutbox.followupId),
  ne(emailOutbox.kind, 'sign-in'),
);

export async function countFailedPersonalEmails(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(emailOutbox).where(failedPersonal);
  return Number(row?.n ?? 0);
}

export async function readFailedPersonalEmails(db: DbOrTx, limit = 100) {
  return db
    .select({ ...outboxListColumns, lastError: emailOutbox.lastError, attempts: emailOutbox.attempts })
    .from(emailOutbox)
    .where(failedPersonal)
    .orderBy(desc(emailOutbox.createdAt))
    .limit(limit);
}

/**
 * Puts one failed personal email back in the queue, to the address the person has now (the
 * secretariat may have corrected it). Returns the address it will go to.
 */
export async function retryFailedEmail(db: DbOrTx, actor: AuditActor, input: { emailId: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: emailOutbox.id, toEmail: emailOutbox.toEmail, toUserId: emailOutbox.toUserId, kind: emailOutbox.kind })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.id, input.emailId), failedPersonal))
      .for('update');
    if (!row) throw new ActionError('emailNotFailed');
    const [person] = row.toUserId
      ? await tx.select({ email: users.email }).from(users).where(eq(users.id, row.toUserId))
      : [];
    const to = person?.email ?? row.toEmail;
    await tx
      .update(emailOutbox)
      .set({ status: 'pending', toEmail: to, attempts: 0, claimedAt: null, nextAttemptAt: now, lastError: null })
      .where(eq(emailOutbox.id, row.id));
    await recordAudit(tx, actor, {
      action: 'email.retry',
      entityType: 'email',
      entityId: row.id,
      changes: { kind: row.kind, to: row.toEmail === to ? to : { from: row.toEmail, to } },
    });
    return { to };
  });
}
