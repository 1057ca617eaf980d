// The retention clean-up: empties old sent email bodies (the row, its status and recipient stay
// as the record that an email went out), deletes expired sign-in tokens, old sign-in attempt
// counts and expired sessions, audit entries past their period (periods.ts), and CVR import
// previews nobody confirmed within a day.
import 'server-only';
import { subDays, subYears } from 'date-fns';
import { and, eq, isNotNull, isNull, lt, ne, notInArray, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditLog, companyImportBatches, emailOutbox, sessions, subscriptions } from '@/db/schema';
import { pendingCutoff } from '@/lib/subscriptions/rules';
import { purgeExpiredSignInData } from '@/lib/auth/rate-limit';
import { AUDIT_LOG_RETENTION_YEARS, EMAIL_BODY_RETENTION_DAYS, UNCONFIRMED_IMPORT_RETENTION_DAYS } from './periods';

export type PruneSummary = {
  pendingSubscriptionsDeleted: number;
  emailBodiesEmptied: number;
  sessionsDeleted: number;
  auditEntriesDeleted: number;
  importBatchesDeleted: number;
};

export async function pruneExpiredData(db: DbOrTx, { now }: { now: Date }): Promise<PruneSummary> {
  const emailCutoff = subDays(now, EMAIL_BODY_RETENTION_DAYS);
  const emptied = await db
    .update(emailOutbox)
    .set({ html: '', text: '', attachments: null })
    .where(
      and(
        // Still to be sent (or being sent): the body is needed.
        notInArray(emailOutbox.status, ['pending', 'sending']),
        // Sent that long ago (a failed email never was: its creation time counts). Written with
        // column comparisons, not a raw coalesce: postgres.js does not take a Date in raw SQL.
        or(lt(emailOutbox.sentAt, emailCutoff), and(isNull(emailOutbox.sentAt), lt(emailOutbox.createdAt, emailCutoff))),
        or(ne(emailOutbox.html, ''), ne(emailOutbox.text, ''), isNotNull(emailOutbox.attachments)),
      ),
    )
    .returning({ id: emailOutbox.id });

  await purgeExpiredSignInData(db, now);
  const sessionsDeleted = await db.delete(sessions).where(lt(sessions.expires, now)).returning({ token: sessions.sessionToken });

  const auditDeleted = await db
    .delete(auditLog)
    .where(lt(auditLog.createdAt, subYears(now, AUDIT_LOG_RETENTION_YEARS)))
    .returning({ id: auditLog.id });

  // A subscription asked for on the public form and never confirmed: the address goes.
  const pendingDeleted = await db
    .delete(subscriptions)
    .where(and(eq(subscriptions.status, 'pending'), lt(subscriptions.updatedAt, pendingCutoff(now))))
    .returning({ id: subscriptions.id });

  // A preview holds a whole CVR extract; unconfirmed, it is of no use after a day. Confirmed
  // batches stay as the record of what an import changed (with its audit entry).
  const batchesDeleted = await db
    .delete(companyImportBatches)
    .where(and(isNull(companyImportBatches.confirmedAt), lt(companyImportBatches.createdAt, subDays(now, UNCONFIRMED_IMPORT_RETENTION_DAYS))))
    .returning({ id: companyImportBatches.id });

  return {
    pendingSubscriptionsDeleted: pendingDeleted.length,
    emailBodiesEmptied: emptied.length,
    sessionsDeleted: sessionsDeleted.length,
    auditEntriesDeleted: auditDeleted.length,
    importBatchesDeleted: batchesDeleted.length,
  };
}
