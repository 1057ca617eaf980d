import { Button, Link, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

type Props = { title: string; meetingTitle: string; requester: string; url: string; t: EmailT; footer?: string; lang?: string };

/** Asks the chair to approve a briefing. A link to it, never the text. */
export function BriefingApprovalRequestedEmail({ title, meetingTitle, requester, url, t, footer = '', lang = 'da' }: Props) {
  return (
    <EmailLayout
      lang={lang}
      preview={t('briefingApproval.requestedPreview', { meeting: meetingTitle })}
      heading={t('briefingApproval.requestedHeading')}
      footer={footer}
    >
      <Text>{t('briefingApproval.requestedText', { requester, meeting: meetingTitle })}</Text>
      <Text style={{ fontWeight: 'bold' }}>{title}</Text>
      <Button href={url} style={buttonStyle}>
        {t('briefingApproval.requestedButton')}
      </Button>
      <Text style={{ fontSize: '13px', wordBreak: 'break-all' }}>
        <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default BriefingApprovalRequestedEmail;
