// The secretariat removes one person from a party (a colleague who will not come after all, a
// registrant whose colleagues still come): the seat is given up (give-up-seat.ts), the waitlist
// moves up and is told, the registration is cancelled when nobody of the party is left, and the
// removal is audit-logged, all in one transaction.
import 'server-only';
import type { Db } from '@/db/client';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { meetingTags } from '@/lib/cache/tags';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { giveUpSeat } from './give-up-seat';

export async function removeAttendee(
  db: Db,
  actor: AuditActor,
  input: { meetingId: string; attendeeId: string },
  { now = new Date(), notify = true } = {},
) {
  const result = await db.transaction(async (tx) => {
    // giveUpSeat locks the meeting, then finds the attendee in that meeting only (else notFound).
    const given = await giveUpSeat(tx, input, { now, notify });
    await recordAudit(tx, actor, {
      action: 'attendee.remove',
      entityType: 'attendee',
      entityId: given.attendee.id,
      changes: {
        meetingId: input.meetingId,
        registrationId: given.attendee.registrationId,
        registrationCancelled: given.registrationCancelled,
        promoted: given.promotedRegistrationIds,
      },
    });
    return given;
  });
  if (notify) wakeOutboxWorker();
  return { ...result, cacheTags: meetingTags(result.meetingSlug) };
}
