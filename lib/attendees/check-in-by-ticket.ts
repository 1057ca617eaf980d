// A scanned ticket at the door. The code must be signed for this purpose, name an attendee of
// this meeting, carry the attendee's current ticket version (a seat passed to someone else voids
// the old ticket) and the seat must not be given up; anything else is "invalid ticket", with no
// hint of which, so a guessed or copied code learns nothing. The check-in itself (row lock,
// exactly once, audit entry) is checkInAttendee's.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import type { AuditActor } from '@/lib/audit/record-audit';
import { attendanceIsOpen } from '@/lib/meetings/meeting-phase';
import { attendeeForTicket, checkInAttendee, type CheckInResult } from './check-in';
import { readCheckInMeeting } from './check-in-queries';

export type TicketCheckInResult = CheckInResult | { outcome: 'invalid' };

export async function checkInByTicket(
  db: DbOrTx,
  actor: AuditActor,
  input: { meetingId: string; code: string },
  { now = new Date() } = {},
): Promise<TicketCheckInResult> {
  const meeting = await readCheckInMeeting(db, input.meetingId);
  if (!meeting || meeting.status !== 'published') throw new ActionError('notFound');
  if (!attendanceIsOpen(meeting, now)) throw new ActionError('attendanceNotOpen');
  const attendee = await attendeeForTicket(db, meeting.id, input.code);
  if (!attendee) return { outcome: 'invalid' };
  try {
    return await checkInAttendee(db, actor, { meetingId: meeting.id, attendeeId: attendee.id, via: 'ticket' }, { now });
  } catch (error) {
    // Given up between the read and the lock: the same answer as any other void ticket.
    if (error instanceof ActionError && error.key === 'seatCancelled') return { outcome: 'invalid' };
    throw error;
  }
}
