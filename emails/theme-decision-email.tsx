// Tells a proposer what the moderators decided about their theme: accepted, rejected (with the
// reason), merged into another theme, or put on one or more meetings.
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

export type ThemeDecisionKind = 'accepted' | 'rejected' | 'merged' | 'scheduled';

type Props = {
  t: EmailT;
  footer: string;
  lang: string;
  kind: ThemeDecisionKind;
  themeTitle: string;
  answer?: string | null;
  targetTitle?: string;
  meetings?: { title: string; when: string }[];
  url: string;
};

export function ThemeDecisionEmail({ t, footer, lang, kind, themeTitle, answer, targetTitle, meetings = [], url }: Props) {
  const key = `themeDecision.${kind}`;
  return (
    <EmailLayout lang={lang} preview={t(`${key}.heading`)} heading={t(`${key}.heading`)} footer={footer}>
      <Text>{t(`${key}.text`, { theme: themeTitle, target: targetTitle ?? '' })}</Text>
      {meetings.map((m) => (
        <Text key={`${m.title}${m.when}`} style={{ fontWeight: 'bold' }}>
          {m.title} – {m.when}
        </Text>
      ))}
      {answer ? (
        <>
          <Text style={{ fontWeight: 'bold', marginBottom: 0 }}>{t(kind === 'rejected' ? 'themeDecision.reason' : 'themeDecision.answer')}</Text>
          <Text style={{ marginTop: 4, whiteSpace: 'pre-wrap' }}>{answer}</Text>
        </>
      ) : null}
      <Button href={url} style={buttonStyle}>
        {t('themeDecision.button')}
      </Button>
    </EmailLayout>
  );
}

export default ThemeDecisionEmail;
