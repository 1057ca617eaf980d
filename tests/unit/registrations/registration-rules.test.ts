import { describe, expect, it } from 'vitest';
import { cancellationClosedReason, registrationClosedReason, seatsLeft } from '@/lib/registrations/rules';

const now = new Date('2025-03-01T12:00:00Z');
const inDays = (d: number) => new Date(now.getTime() + d * 86_400_000);
const meeting = (overrides = {}) => ({ status: 'published' as const, startsAt: inDays(10), registrationDeadline: inDays(8), ...overrides });

describe('when a meeting takes registrations', () => {
  it('is open while published, upcoming and before the deadline', () => {
    expect(registrationClosedReason(meeting(), now)).toBeNull();
    expect(registrationClosedReason(meeting({ registrationDeadline: null }), now)).toBeNull();
  });
  it('says why it is closed', () => {
    expect(registrationClosedReason(null, now)).toBe('notFound');
    expect(registrationClosedReason(meeting({ status: 'draft' }), now)).toBe('notFound');
    expect(registrationClosedReason(meeting({ status: 'cancelled' }), now)).toBe('meetingCancelled');
    expect(registrationClosedReason(meeting({ startsAt: inDays(-1) }), now)).toBe('meetingPast');
    expect(registrationClosedReason(meeting({ registrationDeadline: inDays(-1) }), now)).toBe('deadlinePassed');
  });
  it('still lets people cancel after the deadline, until the meeting starts', () => {
    expect(cancellationClosedReason(meeting({ registrationDeadline: inDays(-1) }), now)).toBeNull();
    expect(cancellationClosedReason(meeting({ startsAt: inDays(-1) }), now)).toBe('meetingPast');
  });
  it('counts seats left without going below zero', () => {
    expect(seatsLeft(10, 3)).toBe(7);
    expect(seatsLeft(10, 12)).toBe(0);
    expect(seatsLeft(null, 50)).toBeNull();
  });
});
