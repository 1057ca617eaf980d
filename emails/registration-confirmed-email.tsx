// Sent when a registration holds a seat. The meeting is attached as an .ics file; the party is
// listed by name, with the registrant's own ticket and calendar links.
import { Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';
import { SeatDetails, type SeatExtras } from './components/ticket-and-calendar';

type Props = { t: EmailT; footer?: string; lang?: string; name: string | null; meeting: EmailMeeting; colleagues: number; note: string | null } & SeatExtras;

export function RegistrationConfirmedEmail({ t, footer = '', lang = 'da', name, meeting, colleagues, note, ...seat }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('registration.confirmed.preview', { meeting: meeting.title })} heading={t('registration.confirmed.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>{t('registration.confirmed.text', { meeting: meeting.title })}</Text>
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('registration.colleagues', { count: colleagues })}</Text>
      {note ? <Text>{t('registration.note', { note })}</Text> : null}
      <SeatDetails t={t} {...seat} />
      {seat.calendar ? null : <Text>{t('registration.confirmed.calendar')}</Text>}
      <Text>{t('registration.cancelHint')}</Text>
    </EmailLayout>
  );
}

export default RegistrationConfirmedEmail;
