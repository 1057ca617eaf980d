// The emails of a party's people, written in the registrant's language and queued in the
// transaction that made the change: a colleague with an email address gets their own confirmation
// (their ticket, the calendar, a link to release their own seat) once their seat is confirmed, and
// a notice when they are taken off. The idempotency key holds the ticket version, so a seat that
// passed to someone else (a new name or email) gets a new confirmation, and a repeat gets none.
import 'server-only';
import { and, asc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, companies, meetings, registrations, users } from '@/db/schema';
import { AttendeeConfirmedEmail } from '@/emails/attendee-confirmed-email';
import { AttendeeRemovedEmail } from '@/emails/attendee-removed-email';
import { ColleagueReleasedEmail } from '@/emails/colleague-released-email';
import type { EmailMeeting } from '@/emails/components/meeting-summary';
import { getEnv } from '@/lib/env';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import type { Locale } from '@/lib/i18n/routing';
import { queueEmail } from '@/lib/mail/send-email';
import { siteLink } from '@/lib/mail/site-link';
import { calendarFileName, meetingsCalendar, meetingUrl } from '@/lib/meetings/calendar';
import { googleCalendarLink, outlookCalendarLink } from '@/lib/meetings/calendar-links';
import { releaseSeatUrl, ticketQrUrl } from './ticket-code';

type Attendee = typeof attendees.$inferSelect;
type Meeting = typeof meetings.$inferSelect;

/** The meeting as the registration emails show it, the .ics file, and the calendar links. */
export function meetingForEmail(meeting: Meeting, locale: Locale) {
  const siteUrl = getEnv().SITE_URL;
  const summary: EmailMeeting = {
    title: meeting.title,
    when: formatDateTime(meeting.startsAt, locale),
    place: [meeting.place, meeting.address].filter(Boolean).join(', '),
    url: meetingUrl(siteUrl, meeting.slug, locale),
  };
  const calendarFile = {
    filename: calendarFileName(meeting.slug),
    content: Buffer.from(meetingsCalendar([meeting], siteUrl, meeting.title), 'utf8').toString('base64'),
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  };
  const calendar = { google: googleCalendarLink(meeting, siteUrl, locale), outlook: outlookCalendarLink(meeting, siteUrl, locale) };
  return { summary, calendarFile, calendar };
}

async function partyContext(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({
      registration: registrations,
      meeting: meetings,
      registrant: { name: users.name, email: users.email, locale: users.locale },
      company: companies.name,
    })
    .from(registrations)
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .leftJoin(users, eq(users.id, registrations.userId))
    .leftJoin(companies, eq(companies.id, registrations.companyId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const locale: Locale = row.registrant?.locale ?? 'da';
  const registrant = row.registrant?.name || row.registrant?.email || '';
  return { ...row, locale, registrantName: registrant };
}

/** A colleague's own confirmation (their ticket). Nothing for the registrant, a nameless or email-less seat. */
export async function queueAttendeeConfirmed(db: DbOrTx, attendee: Attendee, now = new Date()) {
  if (attendee.isRegistrant || !attendee.email || !attendee.name || attendee.cancelledAt) return false;
  const context = await partyContext(db, attendee.registrationId);
  if (!context || context.meeting.status !== 'published') return false;
  if (context.registration.status !== 'registered' && context.registration.status !== 'attended') return false;
  const { summary, calendarFile, calendar } = meetingForEmail(context.meeting, context.locale);
  return queueEmail(
    db,
    {
      kind: 'attendee-confirmed',
      to: attendee.email,
      locale: context.locale,
      idempotencyKey: `attendee-confirmed:${attendee.id}:${attendee.ticketVersion}`,
      attachments: [calendarFile],
      render: (t, footer) => ({
        subject: t('party.confirmed.subject', { meeting: context.meeting.title }),
        element: AttendeeConfirmedEmail({
          t,
          footer,
          lang: context.locale,
          name: attendee.name,
          registrant: context.registrantName,
          company: context.company,
          meeting: summary,
          note: attendee.note,
          qrUrl: ticketQrUrl(attendee),
          calendar,
          releaseUrl: releaseSeatUrl(attendee, context.locale),
        }),
      }),
    },
    now,
  );
}

/** Every named colleague with an email address of a party whose seats are confirmed. */
export async function queuePartyConfirmations(db: DbOrTx, registrationId: string, now = new Date()) {
  const colleagues = await db
    .select()
    .from(attendees)
    .where(
      and(
        eq(attendees.registrationId, registrationId),
        eq(attendees.isRegistrant, false),
        isNull(attendees.cancelledAt),
        isNotNull(attendees.email),
      ),
    )
    .orderBy(asc(attendees.position));
  for (const colleague of colleagues) await queueAttendeeConfirmed(db, colleague, now);
}

/** Tells a colleague they were taken off the party (or their seat passed to someone else). */
export async function queueAttendeeRemoved(db: DbOrTx, attendee: Pick<Attendee, 'id' | 'registrationId' | 'name' | 'email' | 'ticketVersion'>, now = new Date()) {
  if (!attendee.email) return false;
  const context = await partyContext(db, attendee.registrationId);
  if (!context) return false;
  const { summary } = meetingForEmail(context.meeting, context.locale);
  return queueEmail(
    db,
    {
      kind: 'attendee-removed',
      to: attendee.email,
      locale: context.locale,
      idempotencyKey: `attendee-removed:${attendee.id}:${attendee.ticketVersion}`,
      render: (t, footer) => ({
        subject: t('party.removed.subject', { meeting: context.meeting.title }),
        element: AttendeeRemovedEmail({ t, footer, lang: context.locale, name: attendee.name || null, registrant: context.registrantName, meeting: summary }),
      }),
    },
    now,
  );
}

/** Tells every colleague with an email address of a party that was cancelled as a whole. */
export async function notifyPartyRemoved(db: DbOrTx, registrationId: string, now = new Date()) {
  const colleagues = await db
    .select()
    .from(attendees)
    .where(and(eq(attendees.registrationId, registrationId), eq(attendees.isRegistrant, false), isNull(attendees.cancelledAt), isNotNull(attendees.email)));
  for (const colleague of colleagues) await queueAttendeeRemoved(db, colleague, now);
}

/** Tells the registrant that a colleague gave up their own seat (from their link). */
export async function queueColleagueReleased(db: DbOrTx, colleague: Pick<Attendee, 'id' | 'registrationId' | 'name' | 'ticketVersion'>, now = new Date()) {
  const context = await partyContext(db, colleague.registrationId);
  if (!context?.registrant?.email || context.registration.status === 'cancelled') return false;
  const { summary } = meetingForEmail(context.meeting, context.locale);
  const name = colleague.name || context.registrantName;
  return queueEmail(
    db,
    {
      kind: 'colleague-released',
      to: context.registrant.email,
      toUserId: context.registration.userId,
      locale: context.locale,
      idempotencyKey: `colleague-released:${colleague.id}:${colleague.ticketVersion}`,
      render: (t, footer) => ({
        subject: t('party.colleagueReleased.subject', { colleague: name, meeting: context.meeting.title }),
        element: ColleagueReleasedEmail({
          t,
          footer,
          lang: context.locale,
          name: context.registrant?.name ?? null,
          colleague: name,
          partyUrl: siteLink(context.locale, `/portal/registrations/${context.registration.id}`),
          meeting: summary,
        }),
      }),
    },
    now,
  );
}
