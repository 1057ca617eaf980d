// The "whole party present" shortcut of the registrations list (or undoing it): every person of
// the party still holding a seat is checked in (or out) through check-in.ts, the one way
// attendance is recorded, so each person has their own check-in time and audit entry and the
// registration's status follows its people; the shortcut adds one entry on the registration. A waitlisted party let in at the door counts too.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { checkInAttendee, undoCheckIn } from '@/lib/attendees/check-in';
import { meetingTags } from '@/lib/cache/tags';
import { attendanceIsOpen } from '@/lib/meetings/meeting-phase';
import { lockedRegistration } from './registration-change-steps';

/**
 * Marks every person of the party present (or not). Only from the meeting's day on (Copenhagen
 * time): nobody can have turned up before.
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
    const party = await tx
      .select({ id: attendees.id, checkedInAt: attendees.checkedInAt })
      .from(attendees)
      .where(and(eq(attendees.registrationId, registration.id), isNull(attendees.cancelledAt)))
      .orderBy(attendees.position);
    let changed = 0;
    for (const person of party) {
      if (Boolean(person.checkedInAt) === input.attended) continue;
      const target = { meetingId: meeting.id, attendeeId: person.id };
      if (input.attended) await checkInAttendee(tx, actor, { ...target, via: 'list' }, { now });
      else await undoCheckIn(tx, actor, target, { now });
      changed++;
    }
    const [updated] = await tx.select().from(registrations).where(eq(registrations.id, registration.id));
    if (changed === 0) return { registration: updated, changed, cacheTags: [] as string[] };
    // Besides each person's own entry: the shortcut itself, on the party.
    await recordAudit(tx, actor, {
      action: input.attended ? 'registration.attend' : 'registration.unattend',
      entityType: 'registration',
      entityId: registration.id,
      changes: { meetingId: meeting.id, status: { from: registration.status, to: updated.status }, people: changed },
    });
    return { registration: updated, changed, cacheTags: changed ? meetingTags(meeting.slug) : ([] as string[]) };
  });
}
