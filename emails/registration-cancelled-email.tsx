// Sent when a person cancels their own registration (or leaves the waitlist).
import { Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';

type Props = { t: EmailT; footer?: string; lang?: string; name: string | null; meeting: EmailMeeting };

export function RegistrationCancelledEmail({ t, footer = '', lang = 'da', name, meeting }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('registration.cancelled.preview', { meeting: meeting.title })} heading={t('registration.cancelled.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>{t('registration.cancelled.text', { meeting: meeting.title })}</Text>
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('registration.cancelled.again')}</Text>
    </EmailLayout>
  );
}

export default RegistrationCancelledEmail;
