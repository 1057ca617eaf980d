import { Button, Link, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

type Props = { title: string; caseNumber?: string; meetingTitle: string; url: string; t: EmailT; footer?: string; lang?: string };

/**
 * Tells a council member that a briefing is ready: its case number and title (in municipal order)
 * and a link, never the briefing itself.
 */
export function BriefingNoticeEmail({ title, caseNumber = '', meetingTitle, url, t, footer = '', lang = 'da' }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('briefingNotice.preview', { meeting: meetingTitle })} heading={t('briefingNotice.heading')} footer={footer}>
      <Text>{t('briefingNotice.text', { meeting: meetingTitle })}</Text>
      {caseNumber ? <Text style={{ marginBottom: 0 }}>{t('briefingNotice.caseNumber', { caseNumber })}</Text> : null}
      <Text style={{ fontWeight: 'bold' }}>{title}</Text>
      <Button href={url} style={buttonStyle}>
        {t('briefingNotice.button')}
      </Button>
      <Text style={{ fontSize: '13px', wordBreak: 'break-all' }}>
        <Link href={url}>{url}</Link>
      </Text>
      <Text style={{ fontSize: '13px', color: '#52525b' }}>{t('briefingNotice.signIn')}</Text>
    </EmailLayout>
  );
}

export default BriefingNoticeEmail;
