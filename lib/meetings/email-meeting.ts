// A meeting as the notices show it, read from the meeting row as it is now (published): title,
// time in Copenhagen, place and a link in the reader's language. Notices build it from the row
// they are queued with, never from an older copy, so an email cannot name a date or place
// that no longer applies.
import 'server-only';
import type { EmailAttachment, meetings } from '@/db/schema';
import type { EmailMeeting } from '@/emails/components/meeting-summary';
import { getEnv } from '@/lib/env';
import { formatDate, formatDateTime, formatTime } from '@/lib/format/copenhagen-time';
import type { Locale } from '@/lib/i18n/routing';
import { calendarFileName, meetingsCalendar, meetingUrl } from './calendar';

type Meeting = typeof meetings.$inferSelect;

/** "onsdag den 8. oktober 2014 kl. 16.00–18.10" (the end's date only when it is another day). */
export function meetingTimeText(m: Pick<Meeting, 'startsAt' | 'endsAt'>, locale: Locale): string {
  const sameDay = formatDate(m.startsAt, locale) === formatDate(m.endsAt, locale);
  return `${formatDateTime(m.startsAt, locale)}–${sameDay ? formatTime(m.endsAt, locale) : formatDateTime(m.endsAt, locale)}`;
}

export function meetingPlaceText(m: { place: string; address?: string | null }): string {
  return [m.place, m.address].filter(Boolean).join(', ');
}

export function emailMeetingOf(m: Meeting, locale: Locale): EmailMeeting {
  return {
    title: m.title,
    when: meetingTimeText(m, locale),
    place: meetingPlaceText(m),
    url: meetingUrl(getEnv().SITE_URL, m.slug, locale),
  };
}

/** The meeting's .ics file as an email attachment: same UID as the feed, its current SEQUENCE. */
export function calendarAttachmentOf(m: Meeting): EmailAttachment {
  const siteUrl = getEnv().SITE_URL;
  return {
    filename: calendarFileName(m.slug),
    content: Buffer.from(meetingsCalendar([m], siteUrl, m.title), 'utf8').toString('base64'),
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  };
}
