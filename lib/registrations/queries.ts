// Reads of registrations: seats per meeting for the public pages, a person's own registrations
// for the portal, and the state the register/cancel island shows.
import 'server-only';
import { and, count, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { meetings, registrations, users } from '@/db/schema';
import { registrationCount, seatSum } from './seats';

/** Seats taken (people plus colleagues) and waitlist length per meeting, in one query. */
export async function readSeatCounts(db: DbOrTx, meetingIds: string[]) {
  const counts = new Map<string, { taken: number; waiting: number }>();
  if (meetingIds.length === 0) return counts;
  const rows = await db
    .select({
      meetingId: registrations.meetingId,
      taken: seatSum(),
      waiting: registrationCount(['waitlisted']),
    })
    .from(registrations)
    .where(inArray(registrations.meetingId, meetingIds))
    .groupBy(registrations.meetingId);
  for (const row of rows) counts.set(row.meetingId, { taken: row.taken, waiting: row.waiting });
  return counts;
}

/** The person's registrations that are not cancelled, newest meeting first. */
export async function readMyRegistrations(db: DbOrTx, userId: string) {
  return db
    .select({
      id: registrations.id,
      status: registrations.status,
      colleagues: registrations.colleagues,
      note: registrations.note,
      createdAt: registrations.createdAt,
      meetingId: meetings.id,
      meetingSlug: meetings.slug,
      meetingTitle: meetings.title,
      meetingStatus: meetings.status,
      startsAt: meetings.startsAt,
      place: meetings.place,
    })
    .from(registrations)
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .where(and(eq(registrations.userId, userId), inArray(registrations.status, ['registered', 'waitlisted', 'attended'])))
    .orderBy(desc(meetings.startsAt));
}

/** A waitlisted registration's place in the queue (1 = next to move up), by when it joined. */
export async function readWaitlistPosition(db: DbOrTx, meetingId: string, waitlistedAt: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        eq(registrations.status, 'waitlisted'),
        lte(registrations.waitlistedAt, waitlistedAt),
      ),
    );
  // The count includes the registration itself.
  return row?.n ?? 1;
}

/** What the register/cancel island needs: the meeting's state, seats, and the person's registration. */
export async function readRegistrationState(db: DbOrTx, meetingId: string, userId: string | null) {
  const [meeting] = await db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      status: meetings.status,
      startsAt: meetings.startsAt,
      capacity: meetings.capacity,
      registrationDeadline: meetings.registrationDeadline,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting || meeting.status === 'draft') return null;
  const seats = (await readSeatCounts(db, [meetingId])).get(meetingId) ?? { taken: 0, waiting: 0 };
  let own: { status: string; colleagues: number; note: string | null; position: number | null } | null = null;
  if (userId) {
    const [row] = await db
      .select({
        status: registrations.status,
        colleagues: registrations.colleagues,
        note: registrations.note,
        waitlistedAt: registrations.waitlistedAt,
      })
      .from(registrations)
      .where(
        and(
          eq(registrations.meetingId, meetingId),
          eq(registrations.userId, userId),
          inArray(registrations.status, ['registered', 'waitlisted', 'attended']),
        ),
      );
    if (row) {
      let position: number | null = null;
      if (row.status === 'waitlisted' && row.waitlistedAt) {
        position = await readWaitlistPosition(db, meetingId, row.waitlistedAt);
      }
      own = { status: row.status, colleagues: row.colleagues, note: row.note, position };
    }
  }
  return { meeting, seats, own };
}

/**
 * Who hears about a change to a meeting (a new time or place, a cancellation): one row per
 * registration that holds or waits for a seat, with its person's address and language.
 */
export function readMeetingNoticeRecipients(db: DbOrTx, meetingId: string) {
  return db
    .select({ registrationId: registrations.id, userId: users.id, email: users.email, locale: users.locale })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(and(eq(registrations.meetingId, meetingId), inArray(registrations.status, ['registered', 'waitlisted']), isNull(users.deactivatedAt)));
}
