// When a release link may give up its seat (lib/attendees/release-rules.ts).
import { describe, expect, it } from 'vitest';
import { firstName, releaseRefusal } from '@/lib/attendees/release-rules';

const id = '11111111-1111-4111-8111-111111111111';
const startsAt = new Date('2031-05-01T14:00:00Z');
const before = new Date('2031-04-29T10:00:00Z');
const seat = { id, ticketVersion: 1, cancelledAt: null, checkedInAt: null };
const meeting = { status: 'published' as const, startsAt };

describe('releaseRefusal', () => {
  it('lets the holder of the current link release an active seat before the start', () => {
    expect(releaseRefusal({ id, ticketVersion: 1 }, seat, meeting, before)).toBeNull();
  });
  it('calls a forged code, a missing seat, another seat and an old version all "invalid"', () => {
    expect(releaseRefusal(null, seat, meeting, before)).toBe('invalid');
    expect(releaseRefusal({ id, ticketVersion: 1 }, null, meeting, before)).toBe('invalid');
    expect(releaseRefusal({ id: '22222222-2222-4222-8222-222222222222', ticketVersion: 1 }, seat, meeting, before)).toBe('invalid');
    expect(releaseRefusal({ id, ticketVersion: 1 }, { ...seat, ticketVersion: 2 }, meeting, before)).toBe('invalid');
    expect(releaseRefusal({ id, ticketVersion: 1 }, seat, { ...meeting, status: 'draft' }, before)).toBe('invalid');
  });
  it('says already released, cancelled, checked in or started', () => {
    expect(releaseRefusal({ id, ticketVersion: 1 }, { ...seat, cancelledAt: before }, meeting, before)).toBe('alreadyReleased');
    expect(releaseRefusal({ id, ticketVersion: 1 }, seat, { ...meeting, status: 'cancelled' }, before)).toBe('meetingCancelled');
    expect(releaseRefusal({ id, ticketVersion: 1 }, { ...seat, checkedInAt: before }, meeting, before)).toBe('checkedIn');
    expect(releaseRefusal({ id, ticketVersion: 1 }, seat, meeting, startsAt)).toBe('meetingStarted');
  });
});

describe('firstName', () => {
  it('takes the first word, or nothing for an unnamed seat', () => {
    expect(firstName('  Anne Marie Hansen ')).toBe('Anne');
    expect(firstName('')).toBeNull();
  });
});
