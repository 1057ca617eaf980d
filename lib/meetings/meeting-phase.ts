// "Held" is not stored: a published meeting whose end has passed is held.
export type MeetingPhase = 'draft' | 'published' | 'held' | 'cancelled';

export function meetingPhase(meeting: { status: 'draft' | 'published' | 'cancelled'; endsAt: Date }, now = new Date()): MeetingPhase {
  if (meeting.status === 'published' && meeting.endsAt.getTime() < now.getTime()) return 'held';
  return meeting.status;
}
