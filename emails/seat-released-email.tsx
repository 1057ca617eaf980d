// Sent to the person who released their seat by the reminder's (or the confirmation's) link:
// the release is done, and they may register again while there is room.
import { Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';

type Props = { t: EmailT; footer?: string; lang?: string; name: string | null; meeting: EmailMeeting };

export function SeatReleasedEmail({ t, footer = '', lang = 'da', name, meeting }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('seatReleased.preview', { meeting: meeting.title })} heading={t('seatReleased.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>{t('seatReleased.text', { meeting: meeting.title })}</Text>
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('seatReleased.again')}</Text>
    </EmailLayout>
  );
}

export default SeatReleasedEmail;
