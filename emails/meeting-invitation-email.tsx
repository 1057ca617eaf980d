// The invitation to a meeting: what, when and where, the description, its themes and agenda, a
// button to the meeting page where one registers, the calendar file, and for a council member
// the two answer links (coming / not coming).
import { Button, Link, Section, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';
import { EmailMarkdown } from './components/email-markdown';

export type InvitationEmailMeeting = {
  title: string;
  when: string;
  place: string;
  description: string;
  url: string;
  calendarUrl: string;
  themes: string[];
  agenda: { time: string; title: string }[];
};

type Props = {
  meeting: InvitationEmailMeeting;
  /** A translator bound to 'invitations.email' in the recipient's language. */
  t: EmailT;
  footer?: string;
  lang?: string;
  /** Only a council member's email: the links that answer the invitation without signing in. */
  council?: { comingUrl: string; notComingUrl: string } | null;
  /** A test sent to the admin before the invitation goes out. */
  test?: boolean;
};

const small = { fontSize: '14px', color: '#3f3f46' } as const;
const sectionHeading = { fontSize: '18px', fontWeight: 'bold', margin: '24px 0 8px' } as const;

export function MeetingInvitationEmail({ meeting, t, footer = '', lang = 'da', council = null, test = false }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('preview', { meeting: meeting.title, when: meeting.when })} heading={t('heading', { meeting: meeting.title })} footer={footer}>
      {test ? <Text style={{ fontSize: '14px', fontWeight: 'bold', color: '#92400e' }}>{t('testNote')}</Text> : null}
      <Text>{t('intro')}</Text>
      <Section style={{ backgroundColor: '#eff6ff', padding: '16px', borderRadius: '6px', margin: '16px 0' }}>
        <Text style={{ fontWeight: 'bold', fontSize: '16px', margin: '0 0 8px' }}>{meeting.title}</Text>
        <Text style={{ margin: '0 0 4px' }}>
          {t('when')}: {meeting.when}
        </Text>
        <Text style={{ margin: '0 0 12px' }}>
          {t('place')}: {meeting.place}
        </Text>
        <Button href={meeting.url} style={buttonStyle}>
          {t('register')}
        </Button>
        <Text style={{ ...small, margin: '12px 0 0' }}>
          <Link href={meeting.calendarUrl}>{t('calendar')}</Link>
        </Text>
      </Section>
      {council ? (
        <Section style={{ border: '1px solid #d4d4d8', padding: '16px', borderRadius: '6px', margin: '16px 0' }}>
          <Text style={{ fontWeight: 'bold', margin: '0 0 8px' }}>{t('councilQuestion')}</Text>
          <Text style={{ margin: '0 0 4px' }}>
            <Link href={council.comingUrl}>{t('councilComing')}</Link>
          </Text>
          <Text style={{ margin: 0 }}>
            <Link href={council.notComingUrl}>{t('councilNotComing')}</Link>
          </Text>
        </Section>
      ) : null}
      {meeting.description ? <EmailMarkdown>{meeting.description}</EmailMarkdown> : null}
      {meeting.themes.length ? (
        <>
          <Text style={sectionHeading}>{t('themes')}</Text>
          <ul>
            {meeting.themes.map((theme) => (
              <li key={theme} style={{ fontSize: '16px', lineHeight: '24px' }}>
                {theme}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {meeting.agenda.length ? (
        <>
          <Text style={sectionHeading}>{t('agenda')}</Text>
          {meeting.agenda.map((item, i) => (
            <Text key={i} style={{ margin: '0 0 4px' }}>
              {item.time} · {item.title}
            </Text>
          ))}
        </>
      ) : null}
      <Text style={small}>{t('why')}</Text>
    </EmailLayout>
  );
}

export default MeetingInvitationEmail;
