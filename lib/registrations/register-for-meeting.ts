// Registering a person (on behalf of their company) for a meeting. The meeting row is locked
// first, so concurrent registrations are counted one after the other: a registration takes a
// seat only when its whole party fits, otherwise it joins the waitlist. Capacity is never
// exceeded, however many requests arrive at once.
import 'server-only';
import { and, count, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { attendees, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { notifyRegistration } from './notify-registration';
import { registrationClosedReason } from './rules';
import { lockMeeting, seatsNeeded, seatsTaken } from './seats';
import type { RegisterInput } from './schema';

export type RegistrationActor = { id: string; companyId: string | null };

export type Registration = typeof registrations.$inferSelect & { meetingSlug: string };

async function waitlistLength(tx: Tx, meetingId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'waitlisted')));
  return row?.n ?? 0;
}

/**
 * Registers the actor, or puts them on the waitlist when the meeting is full (or others are
 * already waiting: nobody jumps the queue). Refusals throw an ActionError and change nothing.
 */
export async function registerForMeeting(
  db: Db,
  actor: RegistrationActor,
  input: RegisterInput,
  options: { now?: Date; notify?: boolean } = {},
): Promise<Registration> {
  const now = options.now ?? new Date();
  const registration = await db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    const closed = registrationClosedReason(meeting, now);
    if (closed || !meeting) throw new ActionError(closed ?? 'notFound');

    const [existing] = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(
        and(
          eq(registrations.meetingId, meeting.id),
          eq(registrations.userId, actor.id),
          ne(registrations.status, 'cancelled'),
        ),
      );
    if (existing) throw new ActionError('alreadyRegistered');

    const named = Array.isArray(input.colleagues) ? input.colleagues : [];
    const unnamed = Array.isArray(input.colleagues) ? 0 : input.colleagues;
    const needed = seatsNeeded(named.length + unnamed);
    // A party larger than the room would wait forever: say so instead.
    if (meeting.capacity !== null && needed > meeting.capacity) throw new ActionError('partyTooLarge');

    const fits =
      meeting.capacity === null ||
      ((await waitlistLength(tx, meeting.id)) === 0 && (await seatsTaken(tx, meeting.id)) + needed <= meeting.capacity);

    const [row] = await tx
      .insert(registrations)
      .values({
        meetingId: meeting.id,
        userId: actor.id,
        companyId: actor.companyId,
        // Named colleagues are added below as attendees; the trigger counts them into `colleagues`.
        colleagues: unnamed,
        note: input.note ?? null,
        status: fits ? 'registered' : 'waitlisted',
        waitlistedAt: fits ? null : now,
      })
      .returning();
    // The registrant's own attendee row was made by the trigger; it carries their note too.
    if (input.note) {
      await tx
        .update(attendees)
        .set({ note: input.note })
        .where(and(eq(attendees.registrationId, row.id), eq(attendees.isRegistrant, true)));
    }
    if (named.length) {
      await tx.insert(attendees).values(
        named.map((c, i) => ({
          registrationId: row.id,
          meetingId: meeting.id,
          position: i + 1,
          name: c.name,
          email: c.email,
          note: c.note,
        })),
      );
    }
    // The confirmation is queued with the registration: both are saved, or neither.
    if (options.notify !== false) {
      await notifyRegistration(tx, row.status === 'registered' ? 'confirmed' : 'waitlisted', row.id, now);
    }
    const [saved] = await tx.select().from(registrations).where(eq(registrations.id, row.id));
    return { ...saved, meetingSlug: meeting.slug };
  });
  if (options.notify !== false) wakeOutboxWorker();
  return registration;
}
