// The registrant takes a colleague off their party. The seat is given up (give-up-seat.ts): the
// waitlist moves up and is emailed, and the colleague, if they have an email address, is told
// their ticket no longer works. The registrant leaves by cancelling the registration instead.
import 'server-only';
import type { Db } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit } from '@/lib/audit/record-audit';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { giveUpSeat } from './give-up-seat';
import { queueAttendeeRemoved } from './party-emails';
import type { RemoveColleagueInput } from './party-schema';
import { lockOwnParty, lockPartyMember, type PartyActor } from './party-steps';

export async function removeColleague(db: Db, actor: PartyActor, input: RemoveColleagueInput, { now = new Date() } = {}) {
  const result = await db.transaction(async (tx) => {
    const { meeting, registration } = await lockOwnParty(tx, actor, input.registrationId, now);
    const attendee = await lockPartyMember(tx, registration.id, input.attendeeId);
    if (attendee.isRegistrant) throw new ActionError('registrantCannotBeRemoved');
    const given = await giveUpSeat(tx, { meetingId: meeting.id, attendeeId: attendee.id }, { now });
    await queueAttendeeRemoved(tx, attendee, now);
    await recordAudit(tx, actor, {
      action: 'attendee.remove-colleague',
      entityType: 'attendee',
      entityId: attendee.id,
      changes: { registrationId: registration.id, meetingId: meeting.id, promoted: given.promotedRegistrationIds },
    });
    return { meetingSlug: meeting.slug, promotedRegistrationIds: given.promotedRegistrationIds };
  });
  wakeOutboxWorker();
  return result;
}
