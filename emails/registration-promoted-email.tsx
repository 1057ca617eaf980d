// Sent when a seat freed up and a waitlisted registration moved up. Carries the .ics file too,
// the party by name, the registrant's own ticket and calendar links.
import { Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';
import { SeatDetails, type SeatExtras } from './components/ticket-and-calendar';

type Props = { t: EmailT; footer?: string; lang?: string; name: string | null; meeting: EmailMeeting; colleagues: number } & SeatExtras;

export function RegistrationPromotedEmail({ t, footer = '', lang = 'da', name, meeting, colleagues, ...seat }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('registration.promoted.preview', { meeting: meeting.title })} heading={t('registration.promoted.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>{t('registration.promoted.text', { meeting: meeting.title })}</Text>
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('registration.colleagues', { count: colleagues })}</Text>
      <SeatDetails t={t} {...seat} />
      {seat.calendar ? null : <Text>{t('registration.confirmed.calendar')}</Text>}
      <Text>{t('registration.cancelHint')}</Text>
    </EmailLayout>
  );
}

export default RegistrationPromotedEmail;
