// Tells a registered or waitlisted person that the meeting is cancelled.
import { Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';

type Props = { t: EmailT; footer: string; lang: string; title: string; when: string; place: string };

export function MeetingCancelledEmail({ t, footer, lang, title, when, place }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('meetingCancelled.heading')} heading={t('meetingCancelled.heading')} footer={footer}>
      <Text>{t('meetingCancelled.text', { title, when, place })}</Text>
      <Text>{t('meetingCancelled.sorry')}</Text>
    </EmailLayout>
  );
}

export default MeetingCancelledEmail;
