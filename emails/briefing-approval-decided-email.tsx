import { Button, Link, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';

type Props = {
  decision: 'approved' | 'returned';
  title: string;
  meetingTitle: string;
  chair: string;
  comment: string | null;
  url: string;
  t: EmailT;
  footer?: string;
  lang?: string;
};

/** Tells the secretariat member who asked that the chair approved the briefing or sent it back (with the comment). */
export function BriefingApprovalDecidedEmail({ decision, title, meetingTitle, chair, comment, url, t, footer = '', lang = 'da' }: Props) {
  return (
    <EmailLayout
      lang={lang}
      preview={t(`briefingApproval.${decision}Preview`, { meeting: meetingTitle })}
      heading={t(`briefingApproval.${decision}Heading`)}
      footer={footer}
    >
      <Text>{t(`briefingApproval.${decision}Text`, { chair, meeting: meetingTitle })}</Text>
      <Text style={{ fontWeight: 'bold' }}>{title}</Text>
      {comment ? (
        <>
          <Text style={{ marginBottom: 0 }}>{t('briefingApproval.comment')}</Text>
          <Text style={{ whiteSpace: 'pre-wrap', borderLeft: '3px solid #a1a1aa', paddingLeft: '12px' }}>{comment}</Text>
        </>
      ) : null}
      <Button href={url} style={buttonStyle}>
        {t('briefingApproval.decidedButton')}
      </Button>
      <Text style={{ fontSize: '13px', wordBreak: 'break-all' }}>
        <Link href={url}>{url}</Link>
      </Text>
    </EmailLayout>
  );
}

export default BriefingApprovalDecidedEmail;
