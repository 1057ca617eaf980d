// Capacity and the waitlist. Every change to a meeting's registrations first locks the meeting
// row (SELECT … FOR UPDATE) so concurrent requests are counted one after the other and the
// capacity is never exceeded.
import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { meetings, registrations } from '@/db/schema';

/** Locks the meeting for the rest of the transaction and returns it. */
export async function lockMeeting(tx: Tx, meetingId: string) {
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, meetingId)).for('update');
  return meeting ?? null;
}

/** Seats held by registered (and attended) people, each counting themselves plus colleagues. */
export async function seatsTaken(tx: Tx, meetingId: string): Promise<number> {
  const [row] = await tx
    .select({ seats: sql<number>`coalesce(sum(1 + ${registrations.colleagues}), 0)::int` })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), inArray(registrations.status, ['registered', 'attended'])));
  return row?.seats ?? 0;
}

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
