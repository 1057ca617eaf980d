// Sent when the meeting was full and the registration went on the waitlist.
import { Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';

type Props = { t: EmailT; footer?: string; lang?: string; name: string | null; meeting: EmailMeeting; position: number };

export function RegistrationWaitlistedEmail({ t, footer = '', lang = 'da', name, meeting, position }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('registration.waitlisted.preview', { meeting: meeting.title })} heading={t('registration.waitlisted.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>{t('registration.waitlisted.text', { meeting: meeting.title, position })}</Text>
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('registration.waitlisted.next')}</Text>
      <Text>{t('registration.cancelHint')}</Text>
    </EmailLayout>
  );
}

export default RegistrationWaitlistedEmail;
