// Reads for the registrant's party page: their own registration (by id and session user only)
// with its meeting and people.
import 'server-only';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, meetings, registrations } from '@/db/schema';
import { readWaitlistPosition } from '@/lib/registrations/queries';

/** The user's own registration and its active people, or null (someone else's reads as not found). */
export async function readMyParty(db: DbOrTx, userId: string, registrationId: string) {
  const [row] = await db
    .select({ registration: registrations, meeting: meetings })
    .from(registrations)
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .where(
      and(
        eq(registrations.id, registrationId),
        eq(registrations.userId, userId),
        inArray(registrations.status, ['registered', 'waitlisted', 'attended']),
      ),
    );
  if (!row || row.meeting.status === 'draft') return null;
  const people = await db
    .select({
      id: attendees.id,
      isRegistrant: attendees.isRegistrant,
      name: attendees.name,
      email: attendees.email,
      note: attendees.note,
      ticketVersion: attendees.ticketVersion,
      cancelledAt: attendees.cancelledAt,
      checkedInAt: attendees.checkedInAt,
    })
    .from(attendees)
    .where(eq(attendees.registrationId, registrationId))
    .orderBy(asc(attendees.position), asc(attendees.createdAt));
  const position =
    row.registration.status === 'waitlisted' && row.registration.waitlistedAt
      ? await readWaitlistPosition(db, row.meeting.id, row.registration.waitlistedAt)
      : null;
  return { ...row, people: people.filter((p) => !p.cancelledAt), position };
}

/** The user's registration for a meeting, if live: the meeting page's panel links to its party page. */
export async function readMyRegistrationId(db: DbOrTx, userId: string, meetingId: string) {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.userId, userId), inArray(registrations.status, ['registered', 'waitlisted', 'attended'])));
  return row?.id ?? null;
}

/** How many of the user's live parties have colleagues still without a name (the portal asks for them). */
export async function readUnnamedColleagues(db: DbOrTx, userId: string) {
  const rows = await db
    .select({ registrationId: attendees.registrationId })
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .where(
      and(
        eq(registrations.userId, userId),
        inArray(registrations.status, ['registered', 'waitlisted']),
        eq(attendees.name, ''),
        eq(attendees.isRegistrant, false),
      ),
    );
  return new Set(rows.map((r) => r.registrationId));
}
