// Reads of a meeting's attendees for the secretariat, nothing that writes: the people of the
// parties shown on one page of the registrations list, one line per attendee for the CSV export,
// and the name badges. Each is one query (no query per party or per person).
import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { idIsAnyOf, preparedOnce } from '@/db/prepared';
import { attendees, companies, registrations, users } from '@/db/schema';
import { seatHoldingStatuses } from '@/lib/registrations/seats';

/**
 * The active attendees (seat not given up) of the listed registrations, registrant first, then
 * colleagues as added. The registrant's name and email are their account's, kept current.
 */
export async function readPartyAttendees(db: DbOrTx, registrationIds: string[]) {
  if (registrationIds.length === 0) return [];
  // The same query on every page view but for its ids, so it is prepared once.
  return preparedOnce(db, 'party_attendees', () =>
    db
      .select({
        id: attendees.id,
        registrationId: attendees.registrationId,
        isRegistrant: attendees.isRegistrant,
        name: sql<string>`case when ${attendees.isRegistrant} then coalesce(nullif(${users.name}, ''), ${attendees.name}) else ${attendees.name} end`,
        email: sql<string | null>`case when ${attendees.isRegistrant} then coalesce(${users.email}, ${attendees.email}) else ${attendees.email} end`,
        note: attendees.note,
        checkedInAt: attendees.checkedInAt,
        walkIn: attendees.walkIn,
      })
      .from(attendees)
      .leftJoin(users, eq(users.id, attendees.userId))
      .where(and(idIsAnyOf(attendees.registrationId, 'registrationIds'), isNull(attendees.cancelledAt)))
      .orderBy(asc(attendees.registrationId), asc(attendees.position), asc(attendees.createdAt))
      .prepare('party_attendees'),
  ).execute({ registrationIds });
}

export type PartyAttendee = Awaited<ReturnType<typeof readPartyAttendees>>[number];

// Seats first (present or not), then the waitlist in its order, then cancellations, as on the page.
const seatsFirst = sql`case when ${attendees.cancelledAt} is not null then 2 when ${registrations.status} in ('attended', 'registered') then 0 when ${registrations.status} = 'waitlisted' then 1 else 2 end`;

/**
 * Every attendee of a meeting, one row each, for the CSV export: seats first, then the waitlist,
 * then seats given up and cancelled registrations (a seat given up shows as cancelled).
 */
export async function readAttendeesForCsv(db: DbOrTx, meetingId: string) {
  return db
    .select({
      name: sql<string>`case when ${attendees.isRegistrant} then coalesce(nullif(${users.name}, ''), ${attendees.name}) else ${attendees.name} end`,
      email: sql<string | null>`case when ${attendees.isRegistrant} then coalesce(${users.email}, ${attendees.email}) else ${attendees.email} end`,
      companyName: companies.name,
      // The registration's note was written by the registrant before attendees had their own.
      note: sql<string | null>`case when ${attendees.isRegistrant} then coalesce(${attendees.note}, ${registrations.note}) else ${attendees.note} end`,
      isRegistrant: attendees.isRegistrant,
      // The person's own: a seat given up is cancelled, someone checked in attended, and someone
      // of a party that came who was not checked in is still only registered.
      status: sql<'registered' | 'waitlisted' | 'cancelled' | 'attended'>`case when ${attendees.cancelledAt} is not null then 'cancelled' when ${registrations.status} = 'cancelled' then 'cancelled' when ${attendees.checkedInAt} is not null then 'attended' when ${registrations.status} = 'attended' then 'registered' else ${registrations.status}::text end`,
      checkedInAt: attendees.checkedInAt,
    })
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .leftJoin(users, eq(users.id, attendees.userId))
    .leftJoin(companies, eq(companies.id, registrations.companyId))
    .where(eq(attendees.meetingId, meetingId))
    .orderBy(seatsFirst, asc(registrations.waitlistedAt), asc(companies.name), asc(registrations.createdAt), asc(registrations.id), asc(attendees.position));
}

export type CsvAttendee = Awaited<ReturnType<typeof readAttendeesForCsv>>[number];

/**
 * One badge per person holding a seat (not the waitlist, not a seat given up), sorted by company
 * then name; an unnamed colleague has an empty name (the door writes it by hand).
 */
export async function readBadges(db: DbOrTx, meetingId: string) {
  const rows = await db
    .select({
      id: attendees.id,
      name: sql<string>`case when ${attendees.isRegistrant} then coalesce(nullif(${users.name}, ''), ${attendees.name}) else ${attendees.name} end`,
      company: companies.name,
      position: attendees.position,
    })
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .leftJoin(users, eq(users.id, attendees.userId))
    .leftJoin(companies, eq(companies.id, registrations.companyId))
    .where(and(eq(attendees.meetingId, meetingId), isNull(attendees.cancelledAt), inArray(registrations.status, [...seatHoldingStatuses])));
  // Sorted here with the Danish collation (æ, ø, å last), which the database may not have.
  const collator = new Intl.Collator('da', { sensitivity: 'base' });
  return rows
    .map((r) => ({ id: r.id, name: r.name.trim(), company: r.company ?? '' }))
    .sort((a, b) => collator.compare(a.company, b.company) || Number(!a.name) - Number(!b.name) || collator.compare(a.name, b.name));
}

export type Badge = Awaited<ReturnType<typeof readBadges>>[number];
