// A person cancels their own registration (or leaves the waitlist). The freed seats go to the
// waitlist, oldest first, and everyone who moved up is emailed.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { notifyPartyRemoved } from '@/lib/attendees/party-emails';
import { notifyRegistration } from './notify-registration';
import type { RegistrationActor } from './register-for-meeting';
import { cancellationClosedReason } from './rules';
import { lockMeeting, promoteFromWaitlist } from './seats';

export type CancelResult = { cancelledId: string; promotedIds: string[]; meetingSlug: string };

export async function cancelRegistration(
  db: Db,
  actor: RegistrationActor,
  input: { meetingId: string },
  options: { now?: Date; notify?: boolean } = {},
): Promise<CancelResult> {
  const now = options.now ?? new Date();
  const result = await db.transaction(async (tx) => {
    const meeting = await lockMeeting(tx, input.meetingId);
    const closed = cancellationClosedReason(meeting, now);
    if (closed || !meeting) throw new ActionError(closed ?? 'notFound');

    // Only the actor's own registration: the user id comes from the session, never the form.
    const [own] = await tx
      .select()
      .from(registrations)
      .where(
        and(
          eq(registrations.meetingId, meeting.id),
          eq(registrations.userId, actor.id),
          inArray(registrations.status, ['registered', 'waitlisted']),
        ),
      );
    if (!own) throw new ActionError('notRegistered');

    await tx
      .update(registrations)
      .set({ status: 'cancelled', cancelledAt: now, waitlistedAt: null })
      .where(eq(registrations.id, own.id));

    // A cancelled meeting takes nobody up. Otherwise even leaving the waitlist can help: the
    // party behind may fit where this one did not.
    const promoted = meeting.status === 'published' ? await promoteFromWaitlist(tx, meeting.id) : [];
    // Queued with the change, so nobody who moved up into a seat can go untold.
    if (options.notify !== false) {
      await notifyRegistration(tx, 'cancelled', own.id, now);
      // Colleagues who were sent a ticket are told it no longer works.
      if (own.status === 'registered') await notifyPartyRemoved(tx, own.id, now);
      for (const p of promoted) await notifyRegistration(tx, 'promoted', p.id, now);
    }
    return { cancelledId: own.id, promotedIds: promoted.map((p) => p.id), meetingSlug: meeting.slug };
  });
  if (options.notify !== false) wakeOutboxWorker();
  return result;
}
