// "Add to Google Calendar" and "Add to Outlook" links for emails, beside the .ics file: many
// recipients read mail in a browser, where a link is one click and an attachment is three.
import { meetingUrl, type CalendarMeeting } from './calendar';

type LinkMeeting = Pick<CalendarMeeting, 'slug' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'address'>;

/** 20261201T150000Z: the UTC form Google's template link reads. */
function googleTime(date: Date) {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function location(meeting: LinkMeeting) {
  return [meeting.place, meeting.address].filter(Boolean).join(', ');
}

export function googleCalendarLink(meeting: LinkMeeting, siteUrl: string, locale = 'da') {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: meeting.title,
    dates: `${googleTime(meeting.startsAt)}/${googleTime(meeting.endsAt)}`,
    location: location(meeting),
    details: meetingUrl(siteUrl, meeting.slug, locale),
  });
  return `https://calendar.google.com/calendar/render?${params}`;
}

/** Outlook on the web (outlook.office.com serves both work and personal accounts). */
export function outlookCalendarLink(meeting: LinkMeeting, siteUrl: string, locale = 'da') {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: meeting.title,
    startdt: meeting.startsAt.toISOString(),
    enddt: meeting.endsAt.toISOString(),
    location: location(meeting),
    body: meetingUrl(siteUrl, meeting.slug, locale),
  });
  return `https://outlook.office.com/calendar/0/deeplink/compose?${params}`;
}
