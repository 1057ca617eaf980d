// Who may answer an invitation to which meeting: active council members proper, to a published
// meeting that has not begun.
import { describe, expect, it } from 'vitest';
import { councilRsvpRefusal, isCouncilMember } from '@/lib/invitations/council-rsvp-rules';

const now = new Date('2026-06-01T10:00:00Z');
const member = { role: 'council' as const, deactivatedAt: null };
const upcoming = { status: 'published' as const, startsAt: new Date('2026-06-10T14:00:00Z') };

describe('the council answer rule', () => {
  it('lets an active council member answer a published meeting that has not begun', () => {
    expect(councilRsvpRefusal(member, upcoming, now)).toBeNull();
  });

  it('refuses everybody else as not a member, whatever the meeting', () => {
    for (const who of [null, { ...member, deactivatedAt: now }, { role: 'company' as const, deactivatedAt: null }, { role: 'secretariat' as const, deactivatedAt: null }, { role: 'chair' as const, deactivatedAt: null }]) {
      expect(isCouncilMember(who)).toBe(false);
      expect(councilRsvpRefusal(who, upcoming, now)).toBe('not-member');
    }
  });

  it('refuses a missing or draft meeting, a cancelled one, and one that has begun (from its very start)', () => {
    expect(councilRsvpRefusal(member, null, now)).toBe('no-meeting');
    expect(councilRsvpRefusal(member, { ...upcoming, status: 'draft' }, now)).toBe('no-meeting');
    expect(councilRsvpRefusal(member, { ...upcoming, status: 'cancelled' }, now)).toBe('cancelled');
    expect(councilRsvpRefusal(member, { ...upcoming, startsAt: now }, now)).toBe('past');
    expect(councilRsvpRefusal(member, { ...upcoming, startsAt: new Date(now.getTime() + 1) }, now)).toBeNull();
  });
});
