import { describe, expect, it } from 'vitest';
import { decide, type Access } from '@/lib/auth/gate';
import type { CurrentUser } from '@/lib/auth/current-user';
import { homePathFor, mayAssignRole, ROLE_PERMISSIONS, type Role } from '@/lib/auth/permissions';

const user = (role: Role): CurrentUser => ({ id: role, email: `${role}@x.dk`, name: role, role, locale: 'da', companyId: null });

// Each area and who may enter it; everything else is refused.
const areas: Record<string, { access: Access; allowed: Role[] }> = {
  '/portal': { access: 'portal.use', allowed: ['company'] },
  '/council': { access: 'council.read', allowed: ['council', 'secretariat', 'chair'] },
  '/admin': { access: 'admin.access', allowed: ['secretariat', 'chair'] },
};
const roles: Role[] = ['company', 'council', 'secretariat', 'chair'];

describe('the authorization gate', () => {
  for (const [area, { access, allowed }] of Object.entries(areas)) {
    it(`sends a signed-out visitor of ${area} to sign in`, () => {
      expect(decide(null, access)).toBe('signed-out');
    });
    for (const role of roles) {
      const expected = allowed.includes(role) ? 'allowed' : 'forbidden';
      it(`${expected === 'allowed' ? 'lets' : 'refuses'} a ${role} user ${expected === 'allowed' ? 'into' : 'from'} ${area}`, () => {
        expect(decide(user(role), access)).toBe(expected);
      });
    }
  }

  it('lands each role in its own area after sign-in', () => {
    expect(roles.map(homePathFor)).toEqual(['/portal', '/council', '/admin', '/admin']);
  });

  it('lets anyone through public access, and any signed-in user through signed-in access', () => {
    expect(decide(null, 'public')).toBe('allowed');
    expect(decide(null, 'signed-in')).toBe('signed-out');
    expect(decide(user('company'), 'signed-in')).toBe('allowed');
  });

  it('gives the secretariat and the chair every permission but the company portal, and only the chair approves briefings', () => {
    const admin = ['council.read', 'admin.access', 'meeting.register', 'theme.moderate', 'meeting.manage', 'registration.manage', 'meeting.check-in', 'followup.manage', 'user.manage', 'audit.read', 'company.manage'];
    expect([...ROLE_PERMISSIONS.secretariat].sort()).toEqual([...admin].sort());
    expect([...ROLE_PERMISSIONS.chair].sort()).toEqual([...admin, 'briefing.approve'].sort());
  });

  it('lets only the chair give or take the chair role; other role changes are anyone with user.manage', () => {
    expect(mayAssignRole('secretariat', 'secretariat', 'chair')).toBe(false);
    expect(mayAssignRole('secretariat', 'council', 'chair')).toBe(false);
    expect(mayAssignRole('secretariat', 'chair', 'secretariat')).toBe(false);
    expect(mayAssignRole('secretariat', null, 'chair')).toBe(false);
    expect(mayAssignRole('secretariat', 'council', 'secretariat')).toBe(true);
    expect(mayAssignRole('secretariat', 'secretariat', 'company')).toBe(true);
    expect(mayAssignRole('chair', 'council', 'chair')).toBe(true);
    expect(mayAssignRole('chair', 'chair', 'council')).toBe(true);
  });
});
