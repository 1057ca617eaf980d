// Tells a proposer that their theme is on the agenda of one or more published meetings, with
// each meeting as published; when it was moved, also which meetings it is no longer on; when
// the meeting got a new time or place, the meeting as it is now. It has
// no moderator's note on purpose: a note belongs to the decision it was written with, and
// repeating the note stored with an earlier decision is how a February meeting's email came to
// speak of "decembermødet".
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';
import { MeetingSummary, type EmailMeeting } from './components/meeting-summary';

type Props = {
  t: EmailT;
  footer: string;
  lang: string;
  themeTitle: string;
  /** 'meetingMoved': the meeting it is on got a new time or place (shown as it is now). */
  variant: 'scheduled' | 'rescheduled' | 'meetingMoved';
  meetings: EmailMeeting[];
  /** Published meetings the theme was taken off in the same change (a move). */
  noLongerOn: { title: string; when: string }[];
  portalUrl: string;
};

export function ThemeScheduledEmail({ t, footer, lang, themeTitle, variant, meetings, noLongerOn, portalUrl }: Props) {
  const key = `themeMeetings.${variant}`;
  return (
    <EmailLayout lang={lang} preview={t(`${key}.heading`)} heading={t(`${key}.heading`)} footer={footer}>
      <Text>{t(`${key}.text`, { theme: themeTitle, count: meetings.length })}</Text>
      {meetings.map((m) => (
        <MeetingSummary key={m.url} meeting={m} t={t} />
      ))}
      {noLongerOn.length ? (
        <>
          <Text style={{ marginBottom: 0 }}>{t('themeMeetings.noLongerOn')}</Text>
          {noLongerOn.map((m) => (
            <Text key={`${m.title}${m.when}`} style={{ marginTop: 4 }}>
              {m.title} – {m.when}
            </Text>
          ))}
        </>
      ) : null}
      <Button href={portalUrl} style={buttonStyle}>
        {t('themeMeetings.button')}
      </Button>
    </EmailLayout>
  );
}

export default ThemeScheduledEmail;
