import { Link, Section, Text } from '@react-email/components';
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
  /** The recipient's own two-question evaluation (a sample in the test). */
  evaluationUrl?: string;
};

/** The follow-up email to a meeting's participants: the secretariat's text in the forum's frame. */
export function ParticipantFollowupEmail({ subject, body, meetingTitle, meetingUrl, t, footer = '', lang = 'da', test = false, evaluationUrl }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('participantFollowup.preview', { meeting: meetingTitle })} heading={subject} footer={footer}>
      {test ? <Text style={{ fontSize: '14px', fontWeight: 'bold', color: '#92400e' }}>{t('participantFollowup.testNote')}</Text> : null}
      <EmailMarkdown>{body}</EmailMarkdown>
      {evaluationUrl ? (
        <Section style={{ margin: '24px 0', padding: '16px', border: '1px solid #d4d4d8', borderRadius: '6px' }}>
          <Text style={{ fontSize: '16px', fontWeight: 'bold', margin: '0 0 8px' }}>{t('participantFollowup.evaluationTitle')}</Text>
          <Text style={{ fontSize: '14px', margin: '0 0 12px' }}>{t('participantFollowup.evaluationText')}</Text>
          <Link href={evaluationUrl} style={{ fontSize: '14px', fontWeight: 'bold' }}>
            {t('participantFollowup.evaluationLink')}
          </Link>
          {test ? <Text style={{ fontSize: '12px', color: '#92400e', margin: '8px 0 0' }}>{t('participantFollowup.evaluationTestNote')}</Text> : null}
        </Section>
      ) : null}
      <Text style={{ fontSize: '14px', color: '#52525b' }}>
        {t('participantFollowup.why', { meeting: meetingTitle })}{' '}
        <Link href={meetingUrl}>{t('participantFollowup.meetingLink')}</Link>
      </Text>
    </EmailLayout>
  );
}

export default ParticipantFollowupEmail;
