// The invitation email as an outbox request: rendered once per language for the bulk, once per
// council member (their answer links are their own), and once for the admin's test.
import 'server-only';
import { createTranslator } from 'next-intl';
import { MeetingInvitationEmail, type InvitationEmailMeeting } from '@/emails/meeting-invitation-email';
import { getEnv } from '@/lib/env';
import { formatDate, formatTime } from '@/lib/format/copenhagen-time';
import { loadMessages } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { meetingUrl } from '@/lib/meetings/calendar';
import { meetingPlaceText, meetingTimeText } from '@/lib/meetings/email-meeting';
import type { EmailT } from '@/lib/mail/types';
import { councilRsvpLink } from './council-rsvp-link';
import type { InvitationMeeting } from './queries';

export function invitationTranslator(locale: Locale): EmailT {
  const t = createTranslator({ locale, messages: loadMessages(locale), namespace: 'invitations.email' });
  return (key, values) => (t as unknown as EmailT)(key, values);
}

export function invitationEmailMeeting(meeting: InvitationMeeting, locale: Locale): InvitationEmailMeeting {
  const siteUrl = getEnv().SITE_URL;
  return {
    title: meeting.title,
    when: meetingTimeText(meeting, locale),
    place: meetingPlaceText(meeting),
    description: meeting.description,
    url: meetingUrl(siteUrl, meeting.slug, locale),
    calendarUrl: new URL(`/feeds/meetings/${encodeURIComponent(meeting.slug)}.ics`, siteUrl).toString(),
    themes: meeting.themes.map((theme) => theme.title),
    agenda: meeting.agenda.map((item) => ({ time: formatTime(item.startsAt, locale), title: item.themeTitle && !item.title ? item.themeTitle : item.title })),
  };
}

/** The render function of the invitation in one language; `councilUserId` adds that member's answer links. */
export function invitationEmail(meeting: InvitationMeeting, locale: Locale, options: { councilUserId?: string; test?: boolean } = {}) {
  const t = invitationTranslator(locale);
  const council = options.councilUserId
    ? {
        comingUrl: councilRsvpLink(locale, meeting.id, options.councilUserId, 'coming'),
        notComingUrl: councilRsvpLink(locale, meeting.id, options.councilUserId, 'not-coming'),
      }
    : null;
  return {
    render: (_t: EmailT, footer: string) => {
      const subject = t('subject', { meeting: meeting.title, date: formatDate(meeting.startsAt, locale) });
      return {
        subject: options.test ? t('testSubject', { subject }) : subject,
        element: MeetingInvitationEmail({ meeting: invitationEmailMeeting(meeting, locale), t, footer, lang: locale, council, test: options.test }),
      };
    },
  };
}
