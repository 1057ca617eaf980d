// Moving a person between the waitlist and the seats, by hand.
import 'server-only';
import { meetingTags } from '@/lib/cache/tags';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { registrations } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { hasRoomFor, lockedRegistration } from './registration-change-steps';

/** Moves a registration between the waitlist and the seats. Seats are only given when they are free. */
export async function moveRegistration(db: DbOrTx, actor: AuditActor, input: { registrationId: string; to: 'registered' | 'waitlisted' }) {
  return db.transaction(async (tx) => {
    const { meeting, registration } = await lockedRegistration(tx, input.registrationId);
    const from = input.to === 'registered' ? 'waitlisted' : 'registered';
    if (registration.status !== from) throw new ActionError('wrongStatus');
    if (input.to === 'registered' && !(await hasRoomFor(tx, meeting, registration.colleagues))) throw new ActionError('full');
    const [updated] = await tx
      .update(registrations)
      // Moved to the back of the waitlist: it is a new place in the queue.
      .set({ status: input.to, waitlistedAt: input.to === 'waitlisted' ? new Date() : null })
      .where(eq(registrations.id, registration.id))
      .returning();
    await recordAudit(tx, actor, {
      action: input.to === 'registered' ? 'registration.promote' : 'registration.waitlist',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId: meeting.id, status: { from, to: input.to } },
    });
    return { registration: updated, cacheTags: meetingTags(meeting.slug) };
  });
}
