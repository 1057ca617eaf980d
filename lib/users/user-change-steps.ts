// What the changes to a user account share: the user locked for the change, and the rule that the
// forum always keeps at least one active admin (chair or secretariat): a change that would leave
// none is refused, so the last admin cannot lock everyone out.
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users } from '@/db/schema';
import { fieldRefusal, notFound } from '@/lib/admin/refusals';
import { ActionError } from '@/lib/actions/action-error';
import { adminRoles, mayAssignRole, roleHas, type Role } from '@/lib/auth/permissions';

export const isAdminRole = (role: Role) => roleHas(role, 'admin.access');

/** Refuses when the user is an active admin and nobody else is. Locks the admins meanwhile. */
export async function guardLastAdmin(tx: Tx, user: typeof users.$inferSelect) {
  if (!isAdminRole(user.role) || user.deactivatedAt) return;
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, [...adminRoles]), isNull(users.deactivatedAt)))
    .for('update');
  if (!admins.some((a) => a.id !== user.id)) throw new ActionError('lastAdmin');
}

export async function lockedUser(tx: Tx, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user) notFound();
  return user;
}

/**
 * Refuses a role change the actor may not make (lib/auth/permissions.ts `mayAssignRole`): only the
 * chair makes or unmakes a chair. The actor's role is read afresh, not taken from the session.
 */
export async function guardRoleAssignment(tx: Tx, actorId: string, from: Role | null, to: Role, { field }: { field?: string } = {}) {
  const [actor] = await tx.select({ role: users.role }).from(users).where(eq(users.id, actorId));
  if (actor && mayAssignRole(actor.role, from, to)) return;
  if (field) fieldRefusal({ [field]: 'admin.chairRoleByChair' });
  throw new ActionError('chairRoleByChair');
}
