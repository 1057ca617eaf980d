// Releasing a seat from the reminder's (or a colleague's confirmation's) link: the person holding
// the signed code confirms with a click, without signing in. The code says which seat; the row
// says whether it is still theirs (same ticket version, not given up, meeting not started). The
// release itself is giveUpSeat (the waitlist moves up and is told); here the audit entry and the
// person's confirmation are added, in the same transaction.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, auditLog } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { lockMeeting } from '@/lib/registrations/seats';
import { giveUpSeat } from './give-up-seat';
import { releaseRefusal } from './release-rules';
import { readReleaseTarget } from './release-queries';
import { queueColleagueReleased } from './party-emails';
import { queueSeatReleased } from './reminder-emails';
import { readReleaseCode } from './ticket-code';

export type ReleaseSeatResult = { meetingSlug: string; registrationCancelled: boolean; promotedRegistrationIds: string[] };

/** Refusals are ActionErrors keyed as releaseRefusal names them ('invalid', 'alreadyReleased', …). */
export async function releaseSeatByLink(db: DbOrTx, input: { code: string }, { now = new Date() } = {}): Promise<ReleaseSeatResult> {
  const holder = readReleaseCode(input.code);
  if (!holder) throw new ActionError('invalid');
  return db.transaction(async (tx) => {
    const target = await readReleaseTarget(tx, holder.id);
    if (!target) throw new ActionError('invalid');
    // The meeting first, then the seat: the order every seat change takes (seats.ts), so two
    // clicks at once queue behind each other and the second finds the seat already released.
    const meeting = await lockMeeting(tx, target.meeting.id);
    const [seat] = await tx.select().from(attendees).where(eq(attendees.id, holder.id)).for('update');
    const refusal = releaseRefusal(holder, seat, meeting, now);
    if (refusal) throw new ActionError(refusal);

    const released = await giveUpSeat(tx, { meetingId: seat.meetingId, attendeeId: seat.id }, { now });
    // The link's holder has no session; a registrant is named by their account, a colleague by
    // the address the link was sent to (recordAudit wants an account, which a colleague lacks).
    await tx.insert(auditLog).values({
      actorId: seat.userId,
      actorEmail: seat.email,
      action: 'attendee.release-by-link',
      entityType: 'attendee',
      entityId: seat.id,
      changes: {
        meetingId: seat.meetingId,
        registrationId: seat.registrationId,
        registrationCancelled: released.registrationCancelled,
        promoted: released.promotedRegistrationIds,
      },
    });
    // A registrant whose whole registration went is told so by the cancellation email already.
    const toldByCancellation = seat.isRegistrant && released.registrationCancelled;
    if (seat.email && !toldByCancellation) {
      await queueSeatReleased(tx, { ...released.attendee, email: seat.email }, meeting!, target.locale, now);
    }
    // The registrant answers for the party: a colleague who gave up their seat is news to them.
    if (!seat.isRegistrant) await queueColleagueReleased(tx, seat, now);
    return {
      meetingSlug: released.meetingSlug,
      registrationCancelled: released.registrationCancelled,
      promotedRegistrationIds: released.promotedRegistrationIds,
    };
  });
}
