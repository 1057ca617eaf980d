// Tells a proposer that their theme was taken off the agenda of a published meeting, and what
// now applies: the meetings it is still on, or that it is on none for now.
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';
import { MeetingSummary, type EmailMeeting } from './components/meeting-summary';

type Props = {
  t: EmailT;
  footer: string;
  lang: string;
  themeTitle: string;
  removed: { title: string; when: string }[];
  stillOn: EmailMeeting[];
  portalUrl: string;
};

export function ThemeUnscheduledEmail({ t, footer, lang, themeTitle, removed, stillOn, portalUrl }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('themeMeetings.unscheduled.heading')} heading={t('themeMeetings.unscheduled.heading')} footer={footer}>
      <Text style={{ marginBottom: 0 }}>{t('themeMeetings.unscheduled.text', { theme: themeTitle })}</Text>
      {removed.map((m) => (
        <Text key={`${m.title}${m.when}`} style={{ marginTop: 4, fontWeight: 'bold' }}>
          {m.title} – {m.when}
        </Text>
      ))}
      {stillOn.length ? (
        <>
          <Text>{t('themeMeetings.unscheduled.stillOn')}</Text>
          {stillOn.map((m) => (
            <MeetingSummary key={m.url} meeting={m} t={t} />
          ))}
        </>
      ) : (
        <Text>{t('themeMeetings.unscheduled.onNone')}</Text>
      )}
      <Button href={portalUrl} style={buttonStyle}>
        {t('themeMeetings.button')}
      </Button>
    </EmailLayout>
  );
}

export default ThemeUnscheduledEmail;
