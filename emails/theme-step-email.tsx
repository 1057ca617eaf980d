// Tells a follower of a theme about one new step of its trail (accepted, merged, put on a meeting,
// reported to Økonomiudvalget, its outcome), with a link to the theme's page and a way to stop
// following. The proposer gets this only for the steps that have no email of their own.
import { Button, Link, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

export type ThemeStepEmailKind = 'accepted' | 'mergedInto' | 'scheduled' | 'reported' | 'outcome';

type Props = {
  t: EmailT;
  footer: string;
  lang: string;
  kind: ThemeStepEmailKind;
  themeTitle: string;
  /** The step's details, already in words: the meeting and its date, the other theme, the case number … */
  values: Record<string, string>;
  /** A longer text the step carries (the moderator's answer, the outcome), shown as written. */
  detail: string | null;
  themeUrl: string;
  unfollowUrl: string;
};

export function ThemeStepEmail({ t, footer, lang, kind, themeTitle, values, detail, themeUrl, unfollowUrl }: Props) {
  const key = `themeStep.${kind}`;
  return (
    <EmailLayout lang={lang} preview={t(`${key}.heading`)} heading={t(`${key}.heading`)} footer={footer}>
      <Text>{t(`${key}.text`, { theme: themeTitle, ...values })}</Text>
      {detail ? <Text style={{ whiteSpace: 'pre-wrap' }}>{detail}</Text> : null}
      <Button href={themeUrl} style={buttonStyle}>
        {t('themeStep.button')}
      </Button>
      <Text>
        {t('themeStep.why')} <Link href={unfollowUrl}>{t('themeStep.unfollow')}</Link>
      </Text>
    </EmailLayout>
  );
}

export default ThemeStepEmail;
