// Every email about company membership (requests, decisions, leaving, removal, verification):
// one short text and, where the reader has something to do, one button. The wording per kind
// lives in the email.membership message keys.
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

type Props = {
  t: EmailT;
  footer: string;
  lang: string;
  kind: string;
  values: Record<string, string>;
  url?: string;
};

export function MembershipEmail({ t, footer, lang, kind, values, url }: Props) {
  const key = (part: string) => `membership.${kind}.${part}`;
  return (
    <EmailLayout lang={lang} preview={t(key('subject'), values)} heading={t(key('heading'), values)} footer={footer}>
      <Text>{t(key('text'), values)}</Text>
      {url ? (
        <Button href={url} style={buttonStyle}>
          {t(key('button'), values)}
        </Button>
      ) : null}
    </EmailLayout>
  );
}

export default MembershipEmail;
