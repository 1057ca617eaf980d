// Who may do what: the one table every check reads. Nothing else in the code compares roles.
import type { roles } from '@/db/schema/auth';

export type Role = (typeof roles)[number];

export const permissions = [
  /** The company portal: profile, themes, registrations, own data. */
  'portal.use',
  /** Register oneself for a meeting. */
  'meeting.register',
  /** Read briefings and meeting statistics. */
  'council.read',
  /** Everything in /admin: moderation, meetings, agenda, attendance, follow-ups, users, audit. */
  'admin.access',
  'theme.moderate',
  'meeting.manage',
  'registration.manage',
  /** Check people in at the door (the check-in page, its scans, walk-ins and live count). */
  'meeting.check-in',
  'followup.manage',
  /** Approve a briefing to Økonomiudvalget (or send it back): the chair signs it, so only the chair. */
  'briefing.approve',
  'user.manage',
  'audit.read',
  /** Companies: verify them, decide join requests, remove members, set a proven domain. */
  'company.manage',
] as const;

export type Permission = (typeof permissions)[number];

// The secretariat and the chair may do everything except act as a company: a permission added
// above is theirs unless it is listed here. The chair alone approves what carries the chair's name.
const companyOnly: readonly Permission[] = ['portal.use'];
const chairOnly: readonly Permission[] = ['briefing.approve'];
const adminPermissions: readonly Permission[] = permissions.filter((p) => !companyOnly.includes(p));

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  company: ['portal.use', 'meeting.register'],
  council: ['council.read', 'meeting.register'],
  secretariat: adminPermissions.filter((p) => !chairOnly.includes(p)),
  // The chair has the secretariat's rights and is shown as host and signatory.
  chair: adminPermissions,
};

export function roleHas(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

/**
 * Whether `actor` may move a person from role `from` to role `to` (or invite them as `to`). A
 * chair-only permission is given and taken only by someone who holds it: otherwise the
 * secretariat could make itself chair and approve its own briefing.
 */
export function mayAssignRole(actor: Role, from: Role | null, to: Role): boolean {
  return chairOnly.every((p) => roleHas(actor, p) || (!roleHas(to, p) && !(from && roleHas(from, p))));
}

export const adminRoles: readonly Role[] = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) =>
  roleHas(r, 'admin.access'),
);

/** The area a role lands in after signing in. */
export function homePathFor(role: Role): '/portal' | '/council' | '/admin' {
  if (roleHas(role, 'admin.access')) return '/admin';
  if (roleHas(role, 'council.read')) return '/council';
  return '/portal';
}

/** Council members proper: they read briefings but do not run the forum; they are notified of new briefings. */
export const councilMemberRoles: readonly Role[] = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter(
  (r) => roleHas(r, 'council.read') && !roleHas(r, 'admin.access'),
);
