// Sent a few days before a meeting (meetings.reminder_days_before) to every attendee with an
// email: time, place, the meeting's page (its agenda), calendar links beside the attached .ics,
// and the link that releases the seat. The link opens a page that asks for a confirming click,
// so a mail scanner following it changes nothing.
import { Button, Link, Section, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout, buttonStyle } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';

type Props = {
  t: EmailT;
  footer?: string;
  lang?: string;
  name: string | null;
  meeting: EmailMeeting;
  googleUrl: string;
  outlookUrl: string;
  releaseUrl: string;
};

const releaseStyle = { ...buttonStyle, backgroundColor: '#ffffff', color: '#991b1b', border: '2px solid #991b1b' } as const;

export function MeetingReminderEmail({ t, footer = '', lang = 'da', name, meeting, googleUrl, outlookUrl, releaseUrl }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('meetingReminder.preview', { meeting: meeting.title })} heading={t('meetingReminder.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>{t('meetingReminder.text', { meeting: meeting.title })}</Text>
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('meetingReminder.calendar')}</Text>
      <Text>
        <Link href={googleUrl}>{t('meetingReminder.google')}</Link>
        {' · '}
        <Link href={outlookUrl}>{t('meetingReminder.outlook')}</Link>
      </Text>
      <Section style={{ margin: '24px 0 0' }}>
        <Text>{t('meetingReminder.releaseIntro')}</Text>
        <Button href={releaseUrl} style={releaseStyle}>
          {t('meetingReminder.release')}
        </Button>
      </Section>
    </EmailLayout>
  );
}

export default MeetingReminderEmail;
