// Sent to the registrant when a colleague gave up their own seat from their link: the party is
// one smaller, and the registrant may want to name someone else in the portal.
import { Button, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle, EmailLayout } from './components/email-layout';
import { Greeting, MeetingSummary, type EmailMeeting } from './components/meeting-summary';

type Props = { t: EmailT; footer?: string; lang?: string; name: string | null; colleague: string; partyUrl: string; meeting: EmailMeeting };

export function ColleagueReleasedEmail({ t, footer = '', lang = 'da', name, colleague, partyUrl, meeting }: Props) {
  return (
    <EmailLayout lang={lang} preview={t('party.colleagueReleased.preview', { colleague })} heading={t('party.colleagueReleased.heading')} footer={footer}>
      <Greeting name={name} t={t} />
      <Text>{t('party.colleagueReleased.text', { colleague, meeting: meeting.title })}</Text>
      <MeetingSummary meeting={meeting} t={t} />
      <Text>{t('party.colleagueReleased.next')}</Text>
      <Button href={partyUrl} style={buttonStyle}>
        {t('party.colleagueReleased.button')}
      </Button>
    </EmailLayout>
  );
}

export default ColleagueReleasedEmail;
