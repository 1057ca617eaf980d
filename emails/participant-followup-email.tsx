import { Link, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { EmailLayout } from './components/email-layout';
import { EmailMarkdown } from './components/email-markdown';

type Props = {
  subject: string;
  body: string;
  meetingTitle: string;
  meetingUrl: string;
  t: EmailT;
  footer?: string;
  lang?: string;
  /** A test sent to the admin before dispatch. */
  test?: boolean;
};

/** The follow-up email to a meeting's participants: the secretariat's text in the forum's frame. */
export function ParticipantFollowupEmail({ subject, body, meetingTitle, meetingUrl, t, footer = '', lang = 'da', test = false }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('participantFollowup.preview', { meeting: meetingTitle })} heading={subject} footer={footer}>
      {test ? <Text style={{ fontSize: '14px', fontWeight: 'bold', color: '#92400e' }}>{t('participantFollowup.testNote')}</Text> : null}
      <EmailMarkdown>{body}</EmailMarkdown>
      <Text style={{ fontSize: '14px', color: '#52525b' }}>
        {t('participantFollowup.why', { meeting: meetingTitle })}{' '}
        <Link href={meetingUrl}>{t('participantFollowup.meetingLink')}</Link>
      </Text>
    </EmailLayout>
  );
}

export default ParticipantFollowupEmail;
