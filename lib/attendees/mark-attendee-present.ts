// The secretariat marks one person of a party present from the registrations list (or undoes a
// wrong tap). The recording itself is check-in.ts's, the one way attendance is taken; this adds
// the list's rule that a cancelled registration's people cannot be checked in from it.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { attendees, meetings, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import type { AuditActor } from '@/lib/audit/record-audit';
import { meetingTags } from '@/lib/cache/tags';
import { checkInAttendee, undoCheckIn } from './check-in';

export async function markAttendeePresent(
  db: DbOrTx,
  actor: AuditActor,
  input: { meetingId: string; attendeeId: string; present: boolean },
  { now = new Date() } = {},
) {
  return db.transaction(async (tx) => {
    // The attendee must belong to the meeting named: an id from another meeting proves nothing.
    const [found] = await tx
      .select({ status: registrations.status, slug: meetings.slug })
      .from(attendees)
      .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
      .innerJoin(meetings, eq(meetings.id, attendees.meetingId))
      .where(and(eq(attendees.id, input.attendeeId), eq(attendees.meetingId, input.meetingId)));
    if (!found) throw new ActionError('notFound');
    if (found.status === 'cancelled') throw new ActionError('wrongStatus');
    const target = { meetingId: input.meetingId, attendeeId: input.attendeeId };
    if (input.present) {
      const result = await checkInAttendee(tx, actor, { ...target, via: 'list' }, { now });
      return { attendee: result.attendee, cacheTags: meetingTags(found.slug) };
    }
    return { attendee: await undoCheckIn(tx, actor, target, { now }), cacheTags: meetingTags(found.slug) };
  });
}
