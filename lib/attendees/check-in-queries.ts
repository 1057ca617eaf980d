// The reads of the door's check-in page: the meeting, the live count, the people a typed name or
// company finds, and who a ticket or tap checked in (for the result banner).
import 'server-only';
import { and, asc, eq, ilike, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, companies, meetings, registrations } from '@/db/schema';

/** At most this many people answer one search: the door needs the few that match, not a list. */
export const CHECK_IN_SEARCH_LIMIT = 8;
/** Fewer letters than this find too many to be useful, and cost a scan per keystroke. */
export const CHECK_IN_SEARCH_MIN = 2;

export async function readCheckInMeeting(db: DbOrTx, meetingId: string) {
  const [row] = await db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      title: meetings.title,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      place: meetings.place,
      status: meetings.status,
      capacity: meetings.capacity,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}

/**
 * Checked in / expected. Expected: every active seat of a party that holds seats (registered, or
 * already in). Checked in: every active seat checked in, of any party not cancelled (a waitlisted
 * person let in at the door counts). Read from the database each time, so every phone at the door
 * and every server instance shows the same numbers.
 */
export async function readCheckInCount(db: DbOrTx, meetingId: string) {
  const [row] = await db
    .select({
      expected: sql<number>`(count(*) filter (where ${inArray(registrations.status, ['registered', 'attended'])}))::int`,
      checkedIn: sql<number>`(count(*) filter (where ${attendees.checkedInAt} is not null))::int`,
    })
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .where(and(eq(attendees.meetingId, meetingId), isNull(attendees.cancelledAt), ne(registrations.status, 'cancelled')));
  return { expected: row?.expected ?? 0, checkedIn: row?.checkedIn ?? 0 };
}

const personColumns = {
  id: attendees.id,
  name: attendees.name,
  isRegistrant: attendees.isRegistrant,
  walkIn: attendees.walkIn,
  checkedInAt: attendees.checkedInAt,
  registrationStatus: registrations.status,
  // A walk-in's company typed at the door is kept in the registration's note (no company row).
  company: sql<string | null>`coalesce(${companies.name}, case when ${attendees.walkIn} then ${registrations.note} end)`,
};

export type CheckInPerson = {
  id: string;
  name: string;
  isRegistrant: boolean;
  walkIn: boolean;
  checkedInAt: Date | null;
  registrationStatus: 'registered' | 'waitlisted' | 'cancelled' | 'attended';
  company: string | null;
};

/** People of the meeting whose name or company contains `q` (letters as typed, any case). */
export async function findCheckInPeople(db: DbOrTx, meetingId: string, q: string): Promise<CheckInPerson[]> {
  const term = q.trim();
  if (term.length < CHECK_IN_SEARCH_MIN) return [];
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select(personColumns)
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .leftJoin(companies, eq(companies.id, registrations.companyId))
    .where(
      and(
        eq(attendees.meetingId, meetingId),
        isNull(attendees.cancelledAt),
        ne(registrations.status, 'cancelled'),
        or(ilike(attendees.name, pattern), ilike(companies.name, pattern), and(eq(attendees.walkIn, true), ilike(registrations.note, pattern))),
      ),
    )
    .orderBy(asc(attendees.name), asc(attendees.position))
    .limit(CHECK_IN_SEARCH_LIMIT);
}

/** One person of the meeting as the result banner names them. */
export async function readCheckInPerson(db: DbOrTx, meetingId: string, attendeeId: string): Promise<CheckInPerson | null> {
  const [row] = await db
    .select(personColumns)
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .leftJoin(companies, eq(companies.id, registrations.companyId))
    .where(and(eq(attendees.meetingId, meetingId), eq(attendees.id, attendeeId)));
  return row ?? null;
}
