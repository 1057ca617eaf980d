// A meeting's phase and the dates that decide what may be done with it. "Held" is not stored:
// a published meeting is held once it has started (the same moment registration closes and
// follow-ups may go out). Pure, so pages, actions and domain functions decide the same way;
// held-meetings.ts is the same rule as a database condition.
import { TZDate } from '@date-fns/tz';
import { copenhagenTime, TIME_ZONE } from '@/lib/format/copenhagen-time';
import { hasStarted } from './meeting-time';

export type MeetingPhase = 'draft' | 'published' | 'held' | 'cancelled';

type Dated = { status: 'draft' | 'published' | 'cancelled'; startsAt: Date };

export function meetingPhase(meeting: Dated, now = new Date()): MeetingPhase {
  if (meeting.status === 'published' && hasStarted(meeting, now)) return 'held';
  return meeting.status;
}

/** Held: published and started. Cancelled and draft meetings are never held. */
export function isHeld(meeting: Dated, now = new Date()) {
  return meetingPhase(meeting, now) === 'held';
}

/**
 * A start in the past is only accepted as the record of a meeting already held, after the admin
 * confirmed it: such a meeting never takes registrations.
 */
export function isDatedInThePast(startsAt: Date, now = new Date()) {
  return startsAt.getTime() <= now.getTime();
}

/** Midnight (Copenhagen) at the start of the meeting's day: attendance can be taken from then on. */
export function attendanceOpensAt(meeting: { startsAt: Date }): Date {
  const day = new TZDate(meeting.startsAt.getTime(), TIME_ZONE);
  return copenhagenTime(day.getFullYear(), day.getMonth() + 1, day.getDate());
}

export function attendanceIsOpen(meeting: { startsAt: Date }, now = new Date()) {
  return now.getTime() >= attendanceOpensAt(meeting).getTime();
}
