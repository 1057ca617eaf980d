// When a meeting takes registrations. Pure, so the public page, the route handler and the
// domain functions all decide the same way.
export type RegistrationMeeting = {
  status: 'draft' | 'published' | 'cancelled';
  startsAt: Date;
  registrationDeadline: Date | null;
};

export type ClosedReason = 'notFound' | 'meetingCancelled' | 'meetingPast' | 'deadlinePassed';

/** Why a meeting does not take new registrations now, or null when it does. */
export function registrationClosedReason(meeting: RegistrationMeeting | null, now = new Date()): ClosedReason | null {
  if (!meeting || meeting.status === 'draft') return 'notFound';
  if (meeting.status === 'cancelled') return 'meetingCancelled';
  if (meeting.startsAt.getTime() <= now.getTime()) return 'meetingPast';
  if (meeting.registrationDeadline && meeting.registrationDeadline.getTime() < now.getTime()) return 'deadlinePassed';
  return null;
}

/** Why a registration can no longer be cancelled, or null when it can (until the meeting starts). */
export function cancellationClosedReason(meeting: RegistrationMeeting | null, now = new Date()): ClosedReason | null {
  if (!meeting || meeting.status === 'draft') return 'notFound';
  if (meeting.startsAt.getTime() <= now.getTime()) return 'meetingPast';
  return null;
}

/** Seats left for display; null when the meeting has no capacity limit. */
export function seatsLeft(capacity: number | null, taken: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - taken);
}
