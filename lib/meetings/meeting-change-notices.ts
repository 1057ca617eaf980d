// When a published meeting's time or place changes, everyone registered or on its waitlist is
// told what changed (old → new) and gets the meeting's .ics again: the same UID with the raised
// SEQUENCE, so their calendar moves the event instead of adding a second one. One outbox row per
// registration, queued in the transaction of the save; the key names the registration and the
// new sequence, so a retried save queues nothing twice and a later change gets its own email.
import 'server-only';
import type { Tx } from '@/db/client';
import type { meetings } from '@/db/schema';
import { MeetingChangedEmail, type MeetingChange } from '@/emails/meeting-changed-email';
import type { Locale } from '@/lib/i18n/routing';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { prepareBulkEmails } from '@/lib/mail/prepare-bulk';
import { readMeetingNoticeRecipients } from '@/lib/registrations/queries';
import { calendarAttachmentOf, emailMeetingOf, meetingPlaceText, meetingTimeText } from './email-meeting';

type Meeting = typeof meetings.$inferSelect;
type TimeAndPlace = { startsAt: Date; endsAt: Date; place: string; address?: string | null };

/** Whether the time or the place differs: what a calendar holding the event must be told. */
export function timeOrPlaceChanged(before: TimeAndPlace, after: TimeAndPlace): boolean {
  return (
    before.startsAt.getTime() !== after.startsAt.getTime() ||
    before.endsAt.getTime() !== after.endsAt.getTime() ||
    meetingPlaceText(before) !== meetingPlaceText(after)
  );
}

function changesFor(before: Meeting, after: Meeting, locale: Locale): MeetingChange[] {
  const changes: MeetingChange[] = [];
  const [whenBefore, whenAfter] = [meetingTimeText(before, locale), meetingTimeText(after, locale)];
  if (whenBefore !== whenAfter) changes.push({ field: 'when', from: whenBefore, to: whenAfter });
  const [placeBefore, placeAfter] = [meetingPlaceText(before), meetingPlaceText(after)];
  if (placeBefore !== placeAfter) changes.push({ field: 'place', from: placeBefore, to: placeAfter });
  return changes;
}

/** Returns how many emails were newly queued. `meeting` is the row as saved, its sequence already raised. */
export async function queueMeetingChangedEmails(tx: Tx, before: Meeting, meeting: Meeting, now = new Date()): Promise<number> {
  const recipients = await readMeetingNoticeRecipients(tx, meeting.id);
  if (recipients.length === 0) return 0;
  const attachments = [calendarAttachmentOf(meeting)];
  const emails = await prepareBulkEmails(
    tx,
    recipients,
    (locale) => ({
      kind: 'meeting-changed',
      // A notice to people who registered, not news: no unsubscribe link, and unsubscribing from
      // the news does not stop it (see prepare-bulk.ts).
      priority: 'personal',
      attachments,
      render: (t, footer) => ({
        subject: t('meetingChanged.subject', { title: meeting.title }),
        element: MeetingChangedEmail({ t, footer, lang: locale, meeting: emailMeetingOf(meeting, locale), changes: changesFor(before, meeting, locale) }),
      }),
    }),
    (r) => `meeting-changed:${meeting.id}:${r.registrationId}:s${meeting.calendarSequence}`,
  );
  return queueEmails(tx, emails, now);
}
