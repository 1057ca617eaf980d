// Capacity and the waitlist. Every change to a meeting's registrations first locks the meeting
// row (SELECT … FOR UPDATE) so concurrent requests are counted one after the other and the
// capacity is never exceeded.
import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { meetings, registrations, type registrationStatuses } from '@/db/schema';

type RegistrationStatus = (typeof registrationStatuses)[number];

/** The statuses that hold seats: registered, and present once attendance is taken. */
export const seatHoldingStatuses = ['registered', 'attended'] as const satisfies readonly RegistrationStatus[];

/**
 * Seats (each person plus their colleagues) summed over the registration rows in scope whose
 * status is one of `statuses`. The one place `1 + colleagues` is written in SQL: every count of
 * seats or participants on a page uses it, in a query over `registrations` (grouped or not).
 */
export function seatSum(statuses: readonly RegistrationStatus[] = seatHoldingStatuses) {
  return sql<number>`coalesce(sum(1 + ${registrations.colleagues}) filter (where ${inArray(registrations.status, [...statuses])}), 0)::int`;
}

/**
 * People checked in (the attendees at the door), summed over the registration rows in scope whose
 * status is one of `statuses`. `registrations.present` is kept equal to the party's checked-in,
 * not-cancelled attendees by migration 0008's trigger, so this is the one count of people who
 * came: once attendance is taken, participants are these, not whole parties.
 */
export function presentSum(statuses: readonly RegistrationStatus[] = seatHoldingStatuses) {
  return sql<number>`coalesce(sum(${registrations.present}) filter (where ${inArray(registrations.status, [...statuses])}), 0)::int`;
}

/** Registrations (rows, not seats) in scope whose status is one of `statuses`. */
export function registrationCount(statuses: readonly RegistrationStatus[]) {
  return sql<number>`(count(*) filter (where ${inArray(registrations.status, [...statuses])}))::int`;
}

/** Locks the meeting for the rest of the transaction and returns it. */
export async function lockMeeting(tx: Tx, meetingId: string) {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  return meeting ?? null;
}

/** Seats held by registered (and attended) people, each counting themselves plus colleagues. */
export async function seatsTaken(tx: Tx, meetingId: string): Promise<number> {
  const [row] = await tx
    .select({ seats: seatSum() })
    .from(registrations)
    .where(eq(registrations.meetingId, meetingId));
  return row?.seats ?? 0;
}

/** The same rule as seatSum, for one party in code. */
export function seatsNeeded(colleagues: number) {
  return 1 + colleagues;
}

/**
 * Moves waitlisted registrations up, oldest first, while their whole party fits. Returns the
 * registrations that moved up so the caller can email them. Call with the meeting locked.
 */
export async function promoteFromWaitlist(tx: Tx, meetingId: string) {
  const meeting = await lockMeeting(tx, meetingId);
  if (!meeting) return [];
  const waiting = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'waitlisted')))
    .orderBy(asc(registrations.waitlistedAt), asc(registrations.createdAt));
  let free = meeting.capacity === null ? Infinity : meeting.capacity - (await seatsTaken(tx, meetingId));
  const promoted: (typeof registrations.$inferSelect)[] = [];
  for (const registration of waiting) {
    // First come, first served: a large party at the front is not skipped for a smaller one.
    if (seatsNeeded(registration.colleagues) > free) break;
    const [row] = await tx
      .update(registrations)
      .set({ status: 'registered', waitlistedAt: null })
      .where(eq(registrations.id, registration.id))
      .returning();
    promoted.push(row);
    free -= seatsNeeded(registration.colleagues);
  }
  return promoted;
}
