// What every confirmation of a seat shows (the registrant's and each colleague's): the ticket's
// QR code to show at the door, and "add to Google Calendar / Outlook" beside the attached .ics.
import { Img, Link, Section, Text } from '@react-email/components';
import type { EmailT } from '@/lib/mail/types';

export type EmailTicket = { qrUrl: string; holder: string };
export type EmailCalendarLinks = { google: string; outlook: string };

export function TicketAndCalendar({ t, ticket, calendar }: { t: EmailT; ticket: EmailTicket | null; calendar: EmailCalendarLinks }) {
  return (
    <>
      {ticket ? (
        <Section style={{ margin: '16px 0', textAlign: 'center' }}>
          <Text style={{ fontWeight: 'bold', margin: '0 0 8px' }}>{t('party.ticket.heading')}</Text>
          <Img src={ticket.qrUrl} width={200} height={200} alt={t('party.ticket.alt', { name: ticket.holder })} style={{ margin: '0 auto' }} />
          <Text style={{ margin: '8px 0 0' }}>{t('party.ticket.text')}</Text>
        </Section>
      ) : null}
      <Text>
        {t('party.calendar.text')}{' '}
        <Link href={calendar.google}>{t('party.calendar.google')}</Link>
        {' · '}
        <Link href={calendar.outlook}>{t('party.calendar.outlook')}</Link>
      </Text>
    </>
  );
}

/** The party's names, in the registrant's confirmation. */
export function PartyNames({ t, names, unnamed }: { t: EmailT; names: string[]; unnamed: number }) {
  if (!names.length && !unnamed) return null;
  return (
    <>
      <Text style={{ margin: '16px 0 4px', fontWeight: 'bold' }}>{t('party.names.heading')}</Text>
      {names.map((name, i) => (
        <Text key={i} style={{ margin: '0 0 2px' }}>
          · {name}
        </Text>
      ))}
      {unnamed ? <Text style={{ margin: '0 0 2px' }}>{t('party.names.unnamed', { count: unnamed })}</Text> : null}
    </>
  );
}

/** A confirmed seat's extras in the registrant's email: the party by name, their ticket, calendar links, where to manage the party. */
export type SeatExtras = { names?: string[]; unnamed?: number; ticket?: EmailTicket | null; calendar?: EmailCalendarLinks; manageUrl?: string };

export function SeatDetails({ t, names = [], unnamed = 0, ticket = null, calendar, manageUrl }: SeatExtras & { t: EmailT }) {
  return (
    <>
      <PartyNames t={t} names={names} unnamed={unnamed} />
      {calendar ? <TicketAndCalendar t={t} ticket={ticket} calendar={calendar} /> : null}
      {manageUrl ? <Text>{t('party.manage', { url: manageUrl })}</Text> : null}
    </>
  );
}
