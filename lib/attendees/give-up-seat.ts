// One person gives up their seat: a colleague removed by the registrant, a colleague cancelling
// their own seat, or anyone releasing it from the reminder's link. The meeting is locked first
// (seats.ts), the seat freed, the registration cancelled once nobody of its party is left, and
// the waitlist moves up, oldest first; everyone who moved up is emailed in the same transaction.
import 'server-only';
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { attendees, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { notifyRegistration } from '@/lib/registrations/notify-registration';
import { lockMeeting, promoteFromWaitlist } from '@/lib/registrations/seats';

export type GiveUpSeatResult = {
  attendee: typeof attendees.$inferSelect;
  /** True when this was the last person of the party: the registration is cancelled too. */
  registrationCancelled: boolean;
  promotedRegistrationIds: string[];
  meetingSlug: string;
};

/**
 * Call inside a transaction; the caller has checked who may do this (the registrant, the
 * holder of a signed link) and records the audit entry. A seat already given up is refused.
 */
export async function giveUpSeat(
  tx: Tx,
  input: { meetingId: string; attendeeId: string },
  { now = new Date(), notify = true } = {},
): Promise<GiveUpSeatResult> {
  const meeting = await lockMeeting(tx, input.meetingId);
  if (!meeting) throw new ActionError('notFound');
  const [attendee] = await tx
    .select()
    .from(attendees)
    .where(and(eq(attendees.id, input.attendeeId), eq(attendees.meetingId, meeting.id)))
    .for('update');
  if (!attendee) throw new ActionError('notFound');
  if (attendee.cancelledAt) throw new ActionError('seatCancelled');
  if (attendee.checkedInAt) throw new ActionError('alreadyCheckedIn');

  const [released] = await tx
    .update(attendees)
    .set({ cancelledAt: now })
    .where(eq(attendees.id, attendee.id))
    .returning();

  const [othersLeft] = await tx
    .select({ id: attendees.id })
    .from(attendees)
    .where(and(eq(attendees.registrationId, attendee.registrationId), isNull(attendees.cancelledAt), ne(attendees.id, attendee.id)))
    .limit(1);
  let registrationCancelled = false;
  if (!othersLeft) {
    await tx
      .update(registrations)
      .set({ status: 'cancelled', cancelledAt: now, waitlistedAt: null })
      .where(and(eq(registrations.id, attendee.registrationId), ne(registrations.status, 'cancelled')));
    registrationCancelled = true;
  }

  const promoted = meeting.status === 'published' ? await promoteFromWaitlist(tx, meeting.id) : [];
  if (notify) {
    if (registrationCancelled) await notifyRegistration(tx, 'cancelled', attendee.registrationId, now);
    for (const p of promoted) await notifyRegistration(tx, 'promoted', p.id, now);
  }
  return {
    attendee: released,
    registrationCancelled,
    promotedRegistrationIds: promoted.map((p) => p.id),
    meetingSlug: meeting.slug,
  };
}
