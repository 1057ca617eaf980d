// The meeting's facts as every registration email shows them: title, time, place, link.
import { Button, Section, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';
import { buttonStyle } from './email-layout';

export type EmailMeeting = { title: string; when: string; place: string; url: string };

export function MeetingSummary({ meeting, t }: { meeting: EmailMeeting; t: EmailT }) {
  return (
    <Section style={{ backgroundColor: '#eff6ff', padding: '16px', borderRadius: '6px', margin: '16px 0' }}>
      <Text style={{ fontWeight: 'bold', fontSize: '16px', margin: '0 0 8px' }}>{meeting.title}</Text>
      <Text style={{ margin: '0 0 4px' }}>
        {t('registration.when')}: {meeting.when}
      </Text>
      <Text style={{ margin: '0 0 12px' }}>
        {t('registration.place')}: {meeting.place}
      </Text>
      <Button href={meeting.url} style={buttonStyle}>
        {t('registration.seeMeeting')}
      </Button>
    </Section>
  );
}

export function Greeting({ name, t }: { name: string | null; t: EmailT }) {
  return <Text>{name ? t('registration.greeting', { name }) : t('registration.greetingNoName')}</Text>;
}
