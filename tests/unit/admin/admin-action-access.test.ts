// The gate's decision for every admin action and every role: only the chair and the
// secretariat may, a company user and a council member may not, nobody signed out may.
import { describe, expect, it } from 'vitest';
import { adminActionAccess } from '@/lib/admin/action-access';
import type { CurrentUser } from '@/lib/auth/current-user';
import { decide } from '@/lib/auth/gate';
import type { Role } from '@/lib/auth/permissions';

const user = (role: Role): CurrentUser => ({ id: role, email: `${role}@x.dk`, name: role, role, locale: 'da', companyId: null });

describe('who may take each admin action', () => {
  for (const [action, permission] of Object.entries(adminActionAccess)) {
    it(`lets only the chair and the secretariat ${action}`, () => {
      expect(decide(user('chair'), permission)).toBe('allowed');
      expect(decide(user('secretariat'), permission)).toBe('allowed');
      expect(decide(user('company'), permission)).toBe('forbidden');
      expect(decide(user('council'), permission)).toBe('forbidden');
      expect(decide(null, permission)).toBe('signed-out');
    });
  }
});
