import { Button, Link, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

type Props = { url: string; t: EmailT; footer?: string; lang?: string; days: number };

/** The double opt-in: the link opens our page, whose button confirms (a mail scanner's GET does nothing). */
export function SubscriptionConfirmEmail({ url, t, footer = '', lang = 'da', days }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('email.preview')} heading={t('email.heading')} footer={footer}>
      <Text>{t('email.text')}</Text>
      <Button href={url} style={buttonStyle}>
        {t('email.button')}
      </Button>
      <Text style={{ fontSize: '13px', wordBreak: 'break-all' }}>
        <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: '13px', color: '#52525b' }}>{t('email.ignore', { days })}</Text>
    </EmailLayout>
  );
}

export default SubscriptionConfirmEmail;
