// Reminders before a meeting: every attendee with an email, on a published meeting whose
// reminder window is open (from `reminder_days_before` days before the start until the start),
// whose party holds seats and whose seat is still theirs, gets one reminder. Each batch is
// claimed with FOR UPDATE SKIP LOCKED and, in the same transaction, marked `reminded_at` and
// queued in the outbox; so two instances running at once never take the same attendee, and a
// crash before the commit leaves the attendee to the next run. The outbox's idempotency key
// (one per attendee and meeting) is the second lock on the door.
//
// Nothing remembers "the window opened" itself: each run asks who is due now. A party moved up
// from the waitlist after the window opened, or a colleague added later, is simply due on the
// next run; a meeting moved later is due again only for those not yet reminded.
import 'server-only';
import { and, asc, eq, gt, inArray, isNotNull, isNull, ne, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attendees, meetings, registrations, users } from '@/db/schema';
import { queueMeetingReminder } from './reminder-emails';

export type ReminderRunSummary = {
  /** Attendees this run took (marked reminded_at): never the same one in two runs. */
  claimed: number;
  /** Reminders newly queued (a key already in the outbox adds nothing). */
  queued: number;
  batches: number;
};

export type ReminderRunOptions = {
  now?: Date;
  /** Attendees per transaction (each email is rendered inside it). */
  batchSize?: number;
  /** Batches per run at most; the rest wait for the next run, so one run stays short. */
  maxBatches?: number;
};

/** Who is due a reminder at `now`. Also used by the tests to state the rule once. */
export function reminderIsDue(now: Date) {
  return and(
    eq(meetings.status, 'published'),
    isNotNull(meetings.reminderDaysBefore),
    gt(meetings.startsAt, now),
    // postgres.js takes no Date in raw SQL: the time goes as text, cast.
    sql`${meetings.startsAt} - make_interval(days => ${meetings.reminderDaysBefore}) <= ${now.toISOString()}::timestamptz`,
    eq(registrations.status, 'registered'),
    isNull(attendees.cancelledAt),
    isNull(attendees.remindedAt),
    isNotNull(attendees.email),
    ne(attendees.email, ''),
  );
}

/** Queues every reminder due at `now`, batch by batch. */
export async function sendDueReminders(db: Db, options: ReminderRunOptions = {}): Promise<ReminderRunSummary> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 50;
  const maxBatches = options.maxBatches ?? 20;
  const summary: ReminderRunSummary = { claimed: 0, queued: 0, batches: 0 };

  while (summary.batches < maxBatches) {
    const claimed = await db.transaction(async (tx) => {
      const due = await tx
        .select({ attendee: attendees, meeting: meetings, locale: users.locale })
        .from(attendees)
        .innerJoin(meetings, eq(meetings.id, attendees.meetingId))
        .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
        // The registrant's language is the party's (colleagues have no account of their own).
        .leftJoin(users, eq(users.id, registrations.userId))
        .where(reminderIsDue(now))
        .orderBy(asc(meetings.startsAt), asc(attendees.registrationId), asc(attendees.position))
        .limit(batchSize)
        .for('update', { of: attendees, skipLocked: true });
      if (!due.length) return 0;
      await tx
        .update(attendees)
        .set({ remindedAt: now })
        .where(and(inArray(attendees.id, due.map((d) => d.attendee.id)), isNull(attendees.remindedAt)));
      for (const { attendee, meeting, locale } of due) {
        if (await queueMeetingReminder(tx, { ...attendee, email: attendee.email! }, meeting, locale ?? 'da', now)) summary.queued++;
      }
      return due.length;
    });
    if (!claimed) break;
    summary.claimed += claimed;
    summary.batches++;
    if (claimed < batchSize) break;
  }
  return summary;
}
