// The tickets a signed-in registrant may see: their own and their colleagues', for their own
// registrations only. Ownership is part of every query (the registration's user is the session's),
// so an attendee id from another company's party reads as nothing.
import 'server-only';
import { and, asc, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, companies, meetings, registrations } from '@/db/schema';

/** One ticket of the user's own party, with what the ticket page shows; null when not theirs. */
export async function readOwnTicket(db: DbOrTx, userId: string, attendeeId: string) {
  const [row] = await db
    .select({
      id: attendees.id,
      registrationId: attendees.registrationId,
      ticketVersion: attendees.ticketVersion,
      name: attendees.name,
      isRegistrant: attendees.isRegistrant,
      checkedInAt: attendees.checkedInAt,
      registrationStatus: registrations.status,
      company: companies.name,
      meetingTitle: meetings.title,
      meetingSlug: meetings.slug,
      meetingStatus: meetings.status,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      place: meetings.place,
    })
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .innerJoin(meetings, eq(meetings.id, attendees.meetingId))
    .leftJoin(companies, eq(companies.id, registrations.companyId))
    .where(
      and(
        eq(attendees.id, attendeeId),
        eq(registrations.userId, userId),
        isNull(attendees.cancelledAt),
        ne(registrations.status, 'cancelled'),
      ),
    );
  return row ?? null;
}

/** The active people of the user's registrations, for links to each ticket (one query for the list). */
export async function readOwnPartyTickets(db: DbOrTx, userId: string, registrationIds: string[]) {
  if (!registrationIds.length) return [];
  return db
    .select({ id: attendees.id, registrationId: attendees.registrationId, name: attendees.name, isRegistrant: attendees.isRegistrant })
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .where(and(inArray(attendees.registrationId, registrationIds), eq(registrations.userId, userId), isNull(attendees.cancelledAt)))
    .orderBy(asc(attendees.registrationId), asc(attendees.position));
}
