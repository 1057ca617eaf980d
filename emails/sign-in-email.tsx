import { Button, Link, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

type Props = { url: string; t: EmailT; footer?: string; lang?: string };

export function SignInEmail({ url, t, footer = '', lang = 'da' }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('signIn.preview')} heading={t('signIn.heading')} footer={footer}>
      <Text>{t('signIn.text')}</Text>
      <Button href={url} style={buttonStyle}>
        {t('signIn.button')}
      </Button>
      <Text style={{ fontSize: '13px', wordBreak: 'break-all' }}>
        <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: '13px', color: '#52525b' }}>{t('signIn.ignore')}</Text>
    </EmailLayout>
  );
}

export default SignInEmail;
