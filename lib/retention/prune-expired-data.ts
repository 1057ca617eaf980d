// The retention clean-up: empties old sent email bodies (the row, its status and recipient stay
// as the record that an email went out), deletes expired sign-in tokens, old sign-in attempt
// counts and expired sessions, audit entries past their period (periods.ts), and CVR import
// previews nobody confirmed within a day, and attendees' notes and guests' names after the meeting.
import 'server-only';
import { subDays, subYears } from 'date-fns';
import { and, eq, inArray, isNotNull, isNull, lt, ne, notInArray, or } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, auditLog, companyImportBatches, emailOutbox, meetings, registrations, sessions, subscriptions } from '@/db/schema';
import { pendingCutoff } from '@/lib/subscriptions/rules';
import { purgeExpiredSignInData } from '@/lib/auth/rate-limit';
import {
  ATTENDEE_NOTE_RETENTION_DAYS,
  AUDIT_LOG_RETENTION_YEARS,
  EMAIL_BODY_RETENTION_DAYS,
  GUEST_DETAILS_RETENTION_DAYS,
  UNCONFIRMED_IMPORT_RETENTION_DAYS,
} from './periods';

export type PruneSummary = {
  pendingSubscriptionsDeleted: number;
  emailBodiesEmptied: number;
  sessionsDeleted: number;
  auditEntriesDeleted: number;
  importBatchesDeleted: number;
  attendeeNotesEmptied: number;
  guestDetailsBlanked: number;
};

/** The meetings that ended before `cutoff`, as a subquery. */
function meetingsEndedBefore(db: DbOrTx, cutoff: Date) {
  return db.select({ id: meetings.id }).from(meetings).where(lt(meetings.endsAt, cutoff));
}

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

  const noteCutoff = subDays(now, ATTENDEE_NOTE_RETENTION_DAYS);
  const notesEmptied = await db
    .update(attendees)
    .set({ note: null })
    .where(and(isNotNull(attendees.note), inArray(attendees.meetingId, meetingsEndedBefore(db, noteCutoff))))
    .returning({ id: attendees.id });
  await db
    .update(registrations)
    .set({ note: null })
    .where(and(isNotNull(registrations.note), inArray(registrations.meetingId, meetingsEndedBefore(db, noteCutoff))));

  // People without an account: colleagues a registrant named, walk-ins. A registrant with an
  // account keeps their details while the account exists (deleting it blanks them at once).
  const guestsBlanked = await db
    .update(attendees)
    .set({ name: '', email: null, note: null })
    .where(
      and(
        isNull(attendees.userId),
        or(ne(attendees.name, ''), isNotNull(attendees.email), isNotNull(attendees.note)),
        inArray(attendees.meetingId, meetingsEndedBefore(db, subDays(now, GUEST_DETAILS_RETENTION_DAYS))),
      ),
    )
    .returning({ id: attendees.id });

  return {
    attendeeNotesEmptied: notesEmptied.length,
    guestDetailsBlanked: guestsBlanked.length,
    pendingSubscriptionsDeleted: pendingDeleted.length,
    emailBodiesEmptied: emptied.length,
    sessionsDeleted: sessionsDeleted.length,
    auditEntriesDeleted: auditDeleted.length,
    importBatchesDeleted: batchesDeleted.length,
  };
}
