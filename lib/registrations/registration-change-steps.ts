// What the secretariat's changes to a meeting's registrations share: the registration loaded with
// its meeting locked, whether a party still fits, and the cache tags a change touches. Capacity is
// never counted here: lockMeeting, seatsTaken and seatsNeeded (seats.ts) are the one place for that.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { registrations } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { lockMeeting, seatsNeeded, seatsTaken } from './seats';

export async function lockedRegistration(tx: Tx, registrationId: string) {
  const [found] = await tx.select({ meetingId: registrations.meetingId }).from(registrations).where(eq(registrations.id, registrationId));
  if (!found) notFound();
  const meeting = await lockMeeting(tx, found.meetingId);
  if (!meeting) notFound();
  const [registration] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
  return { meeting, registration };
}

export async function hasRoomFor(tx: Tx, meeting: { id: string; capacity: number | null }, colleagues: number) {
  if (meeting.capacity === null) return true;
  return (await seatsTaken(tx, meeting.id)) + seatsNeeded(colleagues) <= meeting.capacity;
}
