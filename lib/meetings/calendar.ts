// iCalendar (RFC 5545) files for meetings, made with the `ics` package: the feed a calendar app
// subscribes to, the file on each meeting page, and the attachment of the confirmation email.
import { createEvents, type EventAttributes } from 'ics';

export type CalendarMeeting = {
  id: string;
  slug: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  address: string | null;
  status: 'draft' | 'published' | 'cancelled';
  updatedAt?: Date;
  /** The event's SEQUENCE (see meetings.calendarSequence): one number for the feed, the page's file and the emails. */
  calendarSequence: number;
};

const PRODUCT_ID = '-//Albertslund Kommune//Strategisk Erhvervsforum//DA';

/** The public address of a meeting page; Danish has no prefix. */
export function meetingUrl(siteUrl: string, slug: string, locale: string = 'da') {
  const base = siteUrl.replace(/\/$/, '');
  return `${base}${locale === 'da' ? '' : `/${locale}`}/meetings/${encodeURIComponent(slug)}`;
}

function eventFor(meeting: CalendarMeeting, siteUrl: string): EventAttributes {
  const url = meetingUrl(siteUrl, meeting.slug);
  const host = new URL(siteUrl).hostname;
  return {
    // A stable UID lets a subscribed calendar update the event instead of adding a copy.
    uid: `meeting-${meeting.id}@${host}`,
    // Same UID with a higher SEQUENCE: calendars replace the event they hold.
    sequence: meeting.calendarSequence,
    start: meeting.startsAt.getTime(),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: meeting.endsAt.getTime(),
    endInputType: 'utc',
    endOutputType: 'utc',
    title: meeting.title,
    description: [meeting.description, url].filter(Boolean).join('\n\n'),
    location: [meeting.place, meeting.address].filter(Boolean).join(', '),
    url,
    status: meeting.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    ...(meeting.updatedAt ? { lastModified: meeting.updatedAt.getTime() } : {}),
  };
}

/** One VCALENDAR holding the given meetings (none is still a valid, empty calendar). */
export function meetingsCalendar(meetings: CalendarMeeting[], siteUrl: string, calName: string): string {
  const { error, value } = createEvents(
    meetings.map((m) => eventFor(m, siteUrl)),
    { productId: PRODUCT_ID, method: 'PUBLISH', calName },
  );
  if (error || !value) throw error ?? new Error('Could not create the calendar');
  return value;
}

export function calendarFileName(slug: string) {
  return `${slug.replace(/[^a-z0-9-]/gi, '') || 'meeting'}.ics`;
}
