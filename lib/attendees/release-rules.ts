// When a release link may give up its seat. Pure: the page (what it shows on opening) and the
// command (what it does on the click) ask the same question of the same rows.
import { hasStarted } from '@/lib/meetings/meeting-time';

export type ReleaseRefusal = 'invalid' | 'alreadyReleased' | 'meetingCancelled' | 'meetingStarted' | 'checkedIn';

type Holder = { id: string; ticketVersion: number } | null;
type Seat = { id: string; ticketVersion: number; cancelledAt: Date | null; checkedInAt: Date | null } | null | undefined;
type Meeting = { status: 'draft' | 'published' | 'cancelled'; startsAt: Date } | null | undefined;

/** Null when the seat may be released now. */
export function releaseRefusal(holder: Holder, seat: Seat, meeting: Meeting, now: Date): ReleaseRefusal | null {
  // A forged code, a seat that no longer exists, or an old link of a seat that passed to
  // someone else (its ticket version was raised): all the same to the person holding it.
  if (!holder || !seat || !meeting || seat.id !== holder.id || seat.ticketVersion !== holder.ticketVersion) return 'invalid';
  if (seat.cancelledAt) return 'alreadyReleased';
  if (meeting.status === 'cancelled') return 'meetingCancelled';
  if (meeting.status !== 'published') return 'invalid';
  if (seat.checkedInAt) return 'checkedIn';
  if (hasStarted(meeting, now)) return 'meetingStarted';
  return null;
}

/** The first word of a name, for "Hi Anne": the page says no more about the person than that. */
export function firstName(name: string): string | null {
  return name.trim().split(/\s+/)[0] || null;
}
