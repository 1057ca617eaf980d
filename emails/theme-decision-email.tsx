// Tells a proposer what the moderators decided about their theme: accepted, rejected (with the
// reason) or merged into another theme (with the meetings that theme is on, as published). The
// note shown is the one written with this decision, passed in by the decision itself, never one
// stored with an earlier decision. Meetings have their own emails (theme-scheduled/-unscheduled).
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';
import { MeetingSummary, type EmailMeeting } from './components/meeting-summary';

export type ThemeDecisionKind = 'accepted' | 'rejected' | 'merged';

type Props = {
  t: EmailT;
  footer: string;
  lang: string;
  kind: ThemeDecisionKind;
  themeTitle: string;
  /** The note written with this decision, or null. */
  note: string | null;
  targetTitle?: string;
  /** For a merge: the published meetings the merged-into theme is on. */
  targetMeetings?: EmailMeeting[];
  url: string;
};

export function ThemeDecisionEmail({ t, footer, lang, kind, themeTitle, note, targetTitle, targetMeetings = [], url }: Props) {
  const key = `themeDecision.${kind}`;
  return (
    <EmailLayout lang={lang} preview={t(`${key}.heading`)} heading={t(`${key}.heading`)} footer={footer}>
      <Text>{t(`${key}.text`, { theme: themeTitle, target: targetTitle ?? '' })}</Text>
      {kind === 'merged' && targetMeetings.length ? (
        <>
          <Text>{t('themeDecision.merged.onMeetings', { target: targetTitle ?? '', count: targetMeetings.length })}</Text>
          {targetMeetings.map((m) => (
            <MeetingSummary key={m.url} meeting={m} t={t} />
          ))}
        </>
      ) : null}
      {note ? (
        <>
          <Text style={{ fontWeight: 'bold', marginBottom: 0 }}>{t(kind === 'rejected' ? 'themeDecision.reason' : 'themeDecision.answer')}</Text>
          <Text style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>{note}</Text>
        </>
      ) : null}
      <Button href={url} style={buttonStyle}>
        {t('themeDecision.button')}
      </Button>
    </EmailLayout>
  );
}

export default ThemeDecisionEmail;
