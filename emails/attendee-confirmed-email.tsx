// Sent to a colleague with an email address once their seat is confirmed (at registration, when
// the party moves up from the waitlist, or when the registrant adds or renames them): the meeting,
// their own ticket, the calendar, and a link to give up their own seat.
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle } from './components/email-layout';
import { EmailLayout } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';
import { TicketAndCalendar, type EmailCalendarLinks } from './components/ticket-and-calendar';

type Props = {
  t: EmailT;
  footer?: string;
  lang?: string;
  name: string | null;
  registrant: string;
  company: string | null;
  meeting: EmailMeeting;
  note: string | null;
  qrUrl: string;
  calendar: EmailCalendarLinks;
  releaseUrl: string;
};

export function AttendeeConfirmedEmail({ t, footer = '', lang = 'da', name, registrant, company, meeting, note, qrUrl, calendar, releaseUrl }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('party.confirmed.preview', { meeting: meeting.title })} heading={t('party.confirmed.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>
        {company
          ? t('party.confirmed.textCompany', { registrant, company, meeting: meeting.title })
          : t('party.confirmed.text', { registrant, meeting: meeting.title })}
      </Text>
      <MeetingSummary meeting={meeting} t={t} />
      {note ? <Text>{t('party.confirmed.note', { note })}</Text> : null}
      <TicketAndCalendar t={t} ticket={{ qrUrl, holder: name ?? '' }} calendar={calendar} />
      <Text>{t('party.confirmed.release')}</Text>
      <Button href={releaseUrl} style={buttonStyle}>
        {t('party.confirmed.releaseButton')}
      </Button>
    </EmailLayout>
  );
}

export default AttendeeConfirmedEmail;
