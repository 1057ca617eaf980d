// The two emails of the reminder's life: the reminder itself (a few days before the meeting) and
// the confirmation that a seat was released by its link. Each is written in the attendee's
// language: the registrant's own, which a colleague shares (colleagues have no account).
// Queued in the caller's transaction, with the change it reports.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { attendees, meetings } from '@/db/schema';
import { MeetingReminderEmail } from '@/emails/meeting-reminder-email';
import { SeatReleasedEmail } from '@/emails/seat-released-email';
import { getEnv } from '@/lib/env';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import type { Locale } from '@/lib/i18n/routing';
import { queueEmail } from '@/lib/mail/send-email';
import { calendarFileName, meetingsCalendar, meetingUrl } from '@/lib/meetings/calendar';
import { googleCalendarLink, outlookCalendarLink } from '@/lib/meetings/calendar-links';
import { releaseSeatUrl } from './ticket-code';

type Meeting = typeof meetings.$inferSelect;
type Attendee = typeof attendees.$inferSelect;

function emailMeeting(meeting: Meeting, locale: Locale) {
  return {
    title: meeting.title,
    when: formatDateTime(meeting.startsAt, locale),
    place: [meeting.place, meeting.address].filter(Boolean).join(', '),
    url: meetingUrl(getEnv().SITE_URL, meeting.slug, locale),
  };
}

/**
 * One key per attendee and meeting: queuing it again (another instance, a retry) adds nothing.
 * The ticket version is part of it, so a seat that passed to another person (the version raised,
 * reminded_at cleared) can remind the new holder once too.
 */
export const reminderKey = (meetingId: string, attendee: { id: string; ticketVersion: number }) =>
  `meeting-reminder:${meetingId}:${attendee.id}:v${attendee.ticketVersion}`;

/** Queues the reminder to an attendee who has an email. Returns whether it was new. */
export async function queueMeetingReminder(tx: DbOrTx, attendee: Attendee & { email: string }, meeting: Meeting, locale: Locale, now: Date) {
  const siteUrl = getEnv().SITE_URL;
  const shown = emailMeeting(meeting, locale);
  return queueEmail(
    tx,
    {
      kind: 'meeting-reminder',
      to: attendee.email,
      toUserId: attendee.userId,
      locale,
      idempotencyKey: reminderKey(meeting.id, attendee),
      // A service notice about a seat the person holds: personal, with no unsubscribe line.
      priority: 'personal',
      attachments: [
        {
          filename: calendarFileName(meeting.slug),
          content: Buffer.from(meetingsCalendar([meeting], siteUrl, meeting.title), 'utf8').toString('base64'),
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ],
      render: (t, footer) => ({
        subject: t('meetingReminder.subject', { meeting: meeting.title, when: shown.when }),
        element: MeetingReminderEmail({
          t,
          footer,
          lang: locale,
          name: attendee.name || null,
          meeting: shown,
          googleUrl: googleCalendarLink(meeting, siteUrl, locale),
          outlookUrl: outlookCalendarLink(meeting, siteUrl, locale),
          releaseUrl: releaseSeatUrl(attendee, locale),
        }),
      }),
    },
    now,
  );
}

/** Queues the confirmation to the person whose seat was released by link. */
export async function queueSeatReleased(tx: DbOrTx, attendee: Attendee & { email: string }, meeting: Meeting, locale: Locale, now: Date) {
  return queueEmail(
    tx,
    {
      kind: 'seat-released',
      to: attendee.email,
      toUserId: attendee.userId,
      locale,
      idempotencyKey: `seat-released:${attendee.id}:${attendee.ticketVersion}`,
      render: (t, footer) => ({
        subject: t('seatReleased.subject', { meeting: meeting.title }),
        element: SeatReleasedEmail({ t, footer, lang: locale, name: attendee.name || null, meeting: emailMeeting(meeting, locale) }),
      }),
    },
    now,
  );
}
