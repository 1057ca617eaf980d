// The gate's decision as a pure function: who (a user or nobody) against what an action, page or
// handler needs. gate.ts applies it to the request; tests and declarations read it directly.
import type { CurrentUser } from './current-user';
import { roleHas, type Permission } from './permissions';

/** What a caller needs: a permission, any signed-in user, or nobody at all. */
export type Access = Permission | 'signed-in' | 'public';

export type AccessDecision = 'allowed' | 'signed-out' | 'forbidden';

export function can(user: Pick<CurrentUser, 'role'> | null, permission: Permission): boolean {
  return Boolean(user && roleHas(user.role, permission));
}

export function decide(user: Pick<CurrentUser, 'role'> | null, access: Access): AccessDecision {
  if (access === 'public') return 'allowed';
  if (!user) return 'signed-out';
  if (access === 'signed-in') return 'allowed';
  return can(user, access) ? 'allowed' : 'forbidden';
}
