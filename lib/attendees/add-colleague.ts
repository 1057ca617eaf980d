// The registrant adds a colleague to their party. A party holding seats grows only into a free
// seat nobody waits for (the waitlist is not jumped); a waiting party may grow while it still fits
// the room. The colleague gets their own confirmation when the party holds seats.
import 'server-only';
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { attendees, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit } from '@/lib/audit/record-audit';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { MAX_COLLEAGUES } from '@/lib/registrations/limits';
import { seatsNeeded, seatsTaken } from '@/lib/registrations/seats';
import { queueAttendeeConfirmed } from './party-emails';
import type { AddColleagueInput } from './party-schema';
import { lockOwnParty, type PartyActor } from './party-steps';

export async function addColleague(db: Db, actor: PartyActor, input: AddColleagueInput, { now = new Date() } = {}) {
  const result = await db.transaction(async (tx) => {
    const { meeting, registration } = await lockOwnParty(tx, actor, input.registrationId, now, { adding: true });
    if (registration.colleagues >= MAX_COLLEAGUES) throw new ActionError('tooManyColleagues');
    const grown = seatsNeeded(registration.colleagues + 1);
    if (meeting.capacity !== null) {
      if (registration.status === 'waitlisted') {
        if (grown > meeting.capacity) throw new ActionError('partyTooLarge');
      } else {
        const [waiting] = await tx
          .select({ id: registrations.id })
          .from(registrations)
          .where(and(eq(registrations.meetingId, meeting.id), eq(registrations.status, 'waitlisted')))
          .limit(1);
        if (waiting || (await seatsTaken(tx, meeting.id)) + 1 > meeting.capacity) throw new ActionError('noSeatForColleague');
      }
    }
    const [last] = await tx.select({ position: max(attendees.position) }).from(attendees).where(eq(attendees.registrationId, registration.id));
    const [attendee] = await tx
      .insert(attendees)
      .values({
        registrationId: registration.id,
        meetingId: meeting.id,
        position: (last?.position ?? 0) + 1,
        name: input.name,
        email: input.email,
        note: input.note,
      })
      .returning();
    const queued = await queueAttendeeConfirmed(tx, attendee, now);
    await recordAudit(tx, actor, {
      action: 'attendee.add',
      entityType: 'attendee',
      entityId: attendee.id,
      changes: { registrationId: registration.id, meetingId: meeting.id },
    });
    return { attendee, meetingSlug: meeting.slug, queued };
  });
  if (result.queued) wakeOutboxWorker();
  return result;
}
