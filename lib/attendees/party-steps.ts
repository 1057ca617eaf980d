// What the registrant's changes to their party share: the party loaded with its meeting locked,
// refused unless it is the actor's own (the user id comes from the session, never the form; a
// guessed id of someone else's registration reads as "not found") and still open for changes.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { attendees, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { cancellationClosedReason, registrationClosedReason } from '@/lib/registrations/rules';
import { lockMeeting } from '@/lib/registrations/seats';

export type PartyActor = { id: string; email: string };

/**
 * Locks the meeting, then returns the actor's own live registration. `adding` asks the rule for
 * new seats (the registration deadline); other changes follow cancelling (until the meeting starts).
 */
export async function lockOwnParty(tx: Tx, actor: PartyActor, registrationId: string, now: Date, { adding = false } = {}) {
  const [found] = await tx
    .select({ meetingId: registrations.meetingId })
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.userId, actor.id)));
  if (!found) throw new ActionError('notFound');
  const meeting = await lockMeeting(tx, found.meetingId);
  const closed = adding ? registrationClosedReason(meeting, now) : cancellationClosedReason(meeting, now);
  if (closed || !meeting) throw new ActionError(closed ?? 'notFound');
  if (meeting.status !== 'published') throw new ActionError('meetingCancelled');
  const [registration] = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, registrationId), eq(registrations.userId, actor.id), inArray(registrations.status, ['registered', 'waitlisted'])))
    .for('update');
  if (!registration) throw new ActionError('notRegistered');
  return { meeting, registration };
}

/** One person of the actor's party, locked; a seat given up is refused. */
export async function lockPartyMember(tx: Tx, registrationId: string, attendeeId: string) {
  const [attendee] = await tx
    .select()
    .from(attendees)
    .where(and(eq(attendees.id, attendeeId), eq(attendees.registrationId, registrationId)))
    .for('update');
  if (!attendee) throw new ActionError('notFound');
  if (attendee.cancelledAt) throw new ActionError('seatCancelled');
  return attendee;
}
