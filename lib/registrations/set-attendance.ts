// Marking attendance at the door, or undoing it.
import 'server-only';
import { meetingTags } from '@/lib/cache/tags';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { registrations } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { attendanceIsOpen } from '@/lib/meetings/meeting-phase';
import { lockedRegistration } from './registration-change-steps';

type Registration = typeof registrations.$inferSelect;

/**
 * Marks a person as present (or undoes it). A waitlisted person let in at the door counts too.
 * Only from the meeting's day on (Copenhagen time): nobody can have turned up before.
 */
export async function setAttendance(
  db: DbOrTx,
  actor: AuditActor,
  input: { registrationId: string; attended: boolean },
  { now = new Date() } = {},
) {
  return db.transaction(async (tx) => {
    const { meeting, registration } = await lockedRegistration(tx, input.registrationId);
    if (!attendanceIsOpen(meeting, now)) throw new ActionError('attendanceNotOpen');
    if (registration.status === 'cancelled') throw new ActionError('wrongStatus');
    const status: Registration['status'] = input.attended ? 'attended' : 'registered';
    if (registration.status === status) return { registration, cacheTags: [] as string[] };
    const [updated] = await tx
      .update(registrations)
      .set({ status, attendedAt: input.attended ? now : null, waitlistedAt: null })
      .where(eq(registrations.id, registration.id))
      .returning();
    await recordAudit(tx, actor, {
      action: input.attended ? 'registration.attend' : 'registration.unattend',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId: meeting.id, status: { from: registration.status, to: status } },
    });
    return { registration: updated, cacheTags: meetingTags(meeting.slug) };
  });
}
