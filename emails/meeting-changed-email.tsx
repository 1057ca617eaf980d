// Tells a registered or waitlisted person that a published meeting's time or place changed:
// each change as old → new, the meeting as it is now, and an updated .ics attached (same UID,
// higher SEQUENCE) that moves the event in their calendar.
import { Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';
import { MeetingSummary, type EmailMeeting } from './components/meeting-summary';

export type MeetingChange = { field: 'when' | 'place'; from: string; to: string };

type Props = { t: EmailT; footer: string; lang: string; meeting: EmailMeeting; changes: MeetingChange[] };

export function MeetingChangedEmail({ t, footer, lang, meeting, changes }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('meetingChanged.heading')} heading={t('meetingChanged.heading')} footer={footer}>
      <Text>{t('meetingChanged.text', { title: meeting.title })}</Text>
      {changes.map((c) => (
        <Text key={c.field}>
          <strong>{t(`meetingChanged.${c.field}`)}</strong>
          <br />
          {t('meetingChanged.change', { from: c.from, to: c.to })}
        </Text>
      ))}
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('meetingChanged.calendar')}</Text>
      <Text>{t('meetingChanged.stillValid')}</Text>
    </EmailLayout>
  );
}

export default MeetingChangedEmail;
