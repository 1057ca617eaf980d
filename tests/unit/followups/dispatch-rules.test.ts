// Who may dispatch and read, and how long the worker waits.
import { describe, expect, it } from 'vitest';
import { councilMemberRoles, roleHas } from '@/lib/auth/permissions';
import { isHeld } from '@/lib/meetings/meeting-phase';
import { parseRetryAfter } from '@/lib/mail/outbox-transport';
import { backoffMs } from '@/lib/mail/outbox-worker';

describe('follow-up rules', () => {
  it('lets only the secretariat and the chair dispatch follow-ups', () => {
    expect(roleHas('secretariat', 'followup.manage')).toBe(true);
    expect(roleHas('chair', 'followup.manage')).toBe(true);
    expect(roleHas('council', 'followup.manage')).toBe(false);
    expect(roleHas('company', 'followup.manage')).toBe(false);
  });

  it('lets council members, the chair and the secretariat read briefings, and no company', () => {
    for (const role of ['council', 'chair', 'secretariat'] as const) expect(roleHas(role, 'council.read')).toBe(true);
    expect(roleHas('company', 'council.read')).toBe(false);
    expect(councilMemberRoles).toEqual(['council']);
  });

  it('counts a meeting as held once it has started, unless it was cancelled or is a draft', () => {
    const now = new Date('2025-06-01T12:00:00Z');
    expect(isHeld({ status: 'published', startsAt: new Date('2025-06-01T11:00:00Z') }, now)).toBe(true);
    expect(isHeld({ status: 'published', startsAt: new Date('2025-06-01T13:00:00Z') }, now)).toBe(false);
    expect(isHeld({ status: 'cancelled', startsAt: new Date('2025-05-01T11:00:00Z') }, now)).toBe(false);
    expect(isHeld({ status: 'draft', startsAt: new Date('2025-05-01T11:00:00Z') }, now)).toBe(false);
  });

  it('backs off 30 s, 1 min, 2 min … and never more than an hour', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(backoffMs(20)).toBe(3_600_000);
  });

  it('reads retry-after in seconds or as an HTTP date', () => {
    const now = Date.parse('2025-06-01T12:00:00Z');
    expect(parseRetryAfter('2', now)).toBe(2000);
    expect(parseRetryAfter('Sun, 01 Jun 2025 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});
