// Changing a user's role; the last active admin cannot be made a non-admin, and only the chair
// makes or unmakes a chair.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { Role } from '@/lib/auth/permissions';
import { guardLastAdmin, guardRoleAssignment, isAdminRole, lockedUser } from './user-change-steps';

export async function changeUserRole(db: DbOrTx, actor: AuditActor, input: { userId: string; role: Role }) {
  return db.transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (user.role === input.role) return user;
    await guardRoleAssignment(tx, actor.id, user.role, input.role);
    if (!isAdminRole(input.role)) await guardLastAdmin(tx, user);
    const [updated] = await tx.update(users).set({ role: input.role }).where(eq(users.id, user.id)).returning();
    await recordAudit(tx, actor, { action: 'user.role-change', entityType: 'user', entityId: user.id, changes: { role: { from: user.role, to: input.role } } });
    return updated;
  });
}
