// Emails everyone registered or on the waitlist that their meeting is cancelled. Each person
// gets one email (the idempotency key names the meeting and the registration), in their own
// language. A failed email is logged and counted, never undoing the cancellation.
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { meetings, registrations, users } from '@/db/schema';
import { MeetingCancelledEmail } from '@/emails/meeting-cancelled-email';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { sendEmail } from '@/lib/mail/send-email';

export async function emailMeetingCancelled(db: DbOrTx, meeting: typeof meetings.$inferSelect): Promise<number> {
  const recipients = await db
    .select({ registrationId: registrations.id, userId: users.id, email: users.email, locale: users.locale })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(
      and(
        eq(registrations.meetingId, meeting.id),
        inArray(registrations.status, ['registered', 'waitlisted']),
        isNull(users.deactivatedAt),
      ),
    );
  let sent = 0;
  for (const r of recipients) {
    try {
      await sendEmail({
        kind: 'meeting-cancelled',
        to: r.email,
        toUserId: r.userId,
        locale: r.locale,
        idempotencyKey: `meeting-cancelled:${meeting.id}:${r.registrationId}`,
        render: (t, footer) => ({
          subject: t('meetingCancelled.subject', { title: meeting.title }),
          element: MeetingCancelledEmail({
            t,
            footer,
            lang: r.locale,
            title: meeting.title,
            when: formatDateTime(meeting.startsAt, r.locale),
            place: meeting.place,
          }),
        }),
      });
      sent++;
    } catch (error) {
      console.error(`[meetings] could not email ${r.registrationId} about the cancellation`, error);
    }
  }
  return sent;
}
