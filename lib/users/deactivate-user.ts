// Deactivating an account; never one's own, nor the last active admin's.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { guardLastAdmin, lockedUser } from './user-change-steps';

/** The person can no longer sign in and is signed out at once; their history stays. */
export async function deactivateUser(db: DbOrTx, actor: AuditActor, input: { userId: string }) {
  return db.transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (user.id === actor.id) throw new ActionError('deactivateSelf');
    if (user.deactivatedAt) return user;
    await guardLastAdmin(tx, user);
    const [updated] = await tx.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, user.id)).returning();
    const ended = await tx.delete(sessions).where(eq(sessions.userId, user.id)).returning({ token: sessions.sessionToken });
    await recordAudit(tx, actor, {
      action: 'user.deactivate',
      entityType: 'user',
      entityId: user.id,
      changes: { deactivatedAt: { from: null, to: updated.deactivatedAt }, sessionsEnded: ended.length },
    });
    return updated;
  });
}
