// The emails of a registration's life: confirmed (with the meeting as an .ics attachment),
// waitlisted, moved up from the waitlist, cancelled. Written in the recipient's language and
// queued in the transaction that makes the change, so the change and its email are saved
// together; the outbox worker delivers it (retrying through rate limits and outages).
import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, meetings, registrations, users } from '@/db/schema';
import { queuePartyConfirmations } from '@/lib/attendees/party-emails';
import { ticketQrUrl } from '@/lib/attendees/ticket-code';
import { googleCalendarLink, outlookCalendarLink } from '@/lib/meetings/calendar-links';
import { siteLink } from '@/lib/mail/site-link';
import { RegistrationCancelledEmail } from '@/emails/registration-cancelled-email';
import { RegistrationConfirmedEmail } from '@/emails/registration-confirmed-email';
import { RegistrationPromotedEmail } from '@/emails/registration-promoted-email';
import { RegistrationWaitlistedEmail } from '@/emails/registration-waitlisted-email';
import { getEnv } from '@/lib/env';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { queueEmail } from '@/lib/mail/send-email';
import { calendarFileName, meetingsCalendar, meetingUrl } from '@/lib/meetings/calendar';
import { readWaitlistPosition } from './queries';

export type RegistrationEmailKind = 'confirmed' | 'waitlisted' | 'promoted' | 'cancelled';

async function loadContext(db: DbOrTx, registrationId: string) {
  const [row] = await db
    .select({ registration: registrations, user: { email: users.email, name: users.name, locale: users.locale }, meeting: meetings })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .where(eq(registrations.id, registrationId));
  return row ?? null;
}

/** Call inside the transaction that made the change. */
export async function notifyRegistration(db: DbOrTx, kind: RegistrationEmailKind, registrationId: string, now = new Date()) {
  const context = await loadContext(db, registrationId);
  // The person may have deleted their account in the meantime: nobody to tell.
  if (!context) return;
  const { registration, user, meeting } = context;
  const siteUrl = getEnv().SITE_URL;
  const emailMeeting = {
    title: meeting.title,
    when: formatDateTime(meeting.startsAt, user.locale),
    place: [meeting.place, meeting.address].filter(Boolean).join(', '),
    url: meetingUrl(siteUrl, meeting.slug, user.locale),
  };
  const common = { name: user.name, meeting: emailMeeting, lang: user.locale };
  const withCalendar = kind === 'confirmed' || kind === 'promoted';
  const attachments = withCalendar
    ? [
        {
          filename: calendarFileName(meeting.slug),
          content: Buffer.from(meetingsCalendar([meeting], siteUrl, meeting.title), 'utf8').toString('base64'),
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ]
    : undefined;
  // The party by name, the registrant's own ticket and the calendar links, for a confirmed seat.
  const party = withCalendar
    ? await db
        .select()
        .from(attendees)
        .where(and(eq(attendees.registrationId, registration.id), isNull(attendees.cancelledAt)))
        .orderBy(asc(attendees.position))
    : [];
  const own = party.find((a) => a.isRegistrant);
  const seat = {
    names: party.filter((a) => a.name).map((a) => a.name),
    unnamed: party.filter((a) => !a.name).length,
    ticket: own ? { qrUrl: ticketQrUrl(own), holder: own.name || user.name || '' } : null,
    calendar: { google: googleCalendarLink(meeting, siteUrl, user.locale), outlook: outlookCalendarLink(meeting, siteUrl, user.locale) },
    manageUrl: siteLink(user.locale, `/portal/registrations/${registration.id}`),
  };
  const position =
    kind === 'waitlisted' && registration.waitlistedAt
      ? await readWaitlistPosition(db, meeting.id, registration.waitlistedAt)
      : 0;

  await queueEmail(
    db,
    {
      kind: `registration-${kind}`,
      to: user.email,
      toUserId: registration.userId,
      locale: user.locale,
      idempotencyKey: `registration-${kind}:${registration.id}`,
      attachments,
      render: (t, footer) => {
        const props = { ...common, t, footer };
        const subject = t(`registration.${kind}.subject`, { meeting: meeting.title });
        switch (kind) {
          case 'confirmed':
            return { subject, element: RegistrationConfirmedEmail({ ...props, ...seat, colleagues: registration.colleagues, note: registration.note }) };
          case 'promoted':
            return { subject, element: RegistrationPromotedEmail({ ...props, ...seat, colleagues: registration.colleagues }) };
          case 'waitlisted':
            return { subject, element: RegistrationWaitlistedEmail({ ...props, position }) };
          case 'cancelled':
            return { subject, element: RegistrationCancelledEmail(props) };
        }
      },
    },
    now,
  );
  // Each named colleague with an email address gets their own ticket once the party holds seats.
  if (withCalendar) await queuePartyConfirmations(db, registration.id, now);
}
