// The phase rule and the day attendance opens, written once in lib/meetings/meeting-phase.ts.
import { describe, expect, it } from 'vitest';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { attendanceIsOpen, attendanceOpensAt, isDatedInThePast, isHeld, meetingPhase } from '@/lib/meetings/meeting-phase';

describe('meeting phase', () => {
  const startsAt = copenhagenTime(2031, 3, 12, 16, 0);
  it('is held from the start of a published meeting, the moment registration closes', () => {
    expect(meetingPhase({ status: 'published', startsAt }, new Date(startsAt.getTime() - 1))).toBe('published');
    expect(meetingPhase({ status: 'published', startsAt }, startsAt)).toBe('held');
    expect(meetingPhase({ status: 'draft', startsAt }, startsAt)).toBe('draft');
    expect(meetingPhase({ status: 'cancelled', startsAt }, startsAt)).toBe('cancelled');
    expect(isDatedInThePast(startsAt, startsAt)).toBe(true);
  });

  it('counts as held only when published and started, not when cancelled or a draft', () => {
    const later = new Date(startsAt.getTime() + 3600_000);
    expect(isHeld({ status: 'published', startsAt }, later)).toBe(true);
    expect(isHeld({ status: 'published', startsAt }, new Date(startsAt.getTime() - 1))).toBe(false);
    expect(isHeld({ status: 'cancelled', startsAt }, later)).toBe(false);
    expect(isHeld({ status: 'draft', startsAt }, later)).toBe(false);
  });
});

describe('attendance opens at midnight of the meeting’s day in Copenhagen', () => {
  it.each([
    ['a winter evening', copenhagenTime(2031, 1, 15, 16, 0), copenhagenTime(2031, 1, 15)],
    ['just after midnight (the day before in UTC)', copenhagenTime(2031, 6, 3, 0, 30), copenhagenTime(2031, 6, 3)],
    ['the day summer time starts', copenhagenTime(2031, 3, 30, 16, 0), copenhagenTime(2031, 3, 30)],
  ])('%s', (_label, start, midnight) => {
    expect(attendanceOpensAt({ startsAt: start })).toEqual(midnight);
    expect(attendanceIsOpen({ startsAt: start }, new Date(midnight.getTime() - 60_000))).toBe(false);
    expect(attendanceIsOpen({ startsAt: start }, midnight)).toBe(true);
  });

  it('is closed months before', () => {
    expect(attendanceIsOpen({ startsAt: copenhagenTime(2031, 9, 17, 16, 0) }, copenhagenTime(2031, 5, 1, 12, 0))).toBe(false);
  });
});
