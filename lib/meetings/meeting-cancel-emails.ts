// Queues the email telling everyone registered or on the waitlist that their meeting is
// cancelled: one outbox row per registration, written in the transaction that cancels the
// meeting, and delivered afterwards by the outbox worker in batches. A meeting with hundreds of
// registrants thus costs no provider calls inside the request, and the idempotency key (the
// meeting and the registration) means nobody is queued, or emailed, twice.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { meetings } from '@/db/schema';
import { MeetingCancelledEmail } from '@/emails/meeting-cancelled-email';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { prepareBulkEmails } from '@/lib/mail/prepare-bulk';
import { readMeetingNoticeRecipients } from '@/lib/registrations/queries';

/** Returns how many emails were newly queued. */
export async function queueMeetingCancelledEmails(tx: DbOrTx, meeting: typeof meetings.$inferSelect, now = new Date()): Promise<number> {
  const recipients = await readMeetingNoticeRecipients(tx, meeting.id);
  if (recipients.length === 0) return 0;
  const emails = await prepareBulkEmails(
    tx,
    recipients,
    (locale) => ({
      kind: 'meeting-cancelled',
      priority: 'personal',
      render: (t, footer) => ({
        subject: t('meetingCancelled.subject', { title: meeting.title }),
        element: MeetingCancelledEmail({
          t,
          footer,
          lang: locale,
          title: meeting.title,
          when: formatDateTime(meeting.startsAt, locale),
          place: meeting.place,
        }),
      }),
    }),
    (recipient) => `meeting-cancelled:${meeting.id}:${recipient.registrationId}`,
  );
  return queueEmails(tx, emails, now);
}
