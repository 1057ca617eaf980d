// Sent to a colleague with an email address when the registrant takes them off the party (or the
// seat passes to someone else): their ticket no longer works.
import { Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';

type Props = { t: EmailT; footer?: string; lang?: string; name: string | null; registrant: string; meeting: EmailMeeting };

export function AttendeeRemovedEmail({ t, footer = '', lang = 'da', name, registrant, meeting }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('party.removed.preview', { meeting: meeting.title })} heading={t('party.removed.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>{t('party.removed.text', { registrant, meeting: meeting.title })}</Text>
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('party.removed.ticket', { registrant })}</Text>
    </EmailLayout>
  );
}

export default AttendeeRemovedEmail;
