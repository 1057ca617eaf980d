// Reactivating a deactivated account: the person can sign in again.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { lockedUser } from './user-change-steps';

export async function reactivateUser(db: DbOrTx, actor: AuditActor, input: { userId: string }) {
  return db.transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (!user.deactivatedAt) return user;
    const [updated] = await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, user.id)).returning();
    await recordAudit(tx, actor, { action: 'user.reactivate', entityType: 'user', entityId: user.id, changes: { deactivatedAt: { from: user.deactivatedAt, to: null } } });
    return updated;
  });
}
