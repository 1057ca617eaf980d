// The secretariat removes an address from the list (a request by phone, a wrong address). The
// row goes; a suppression, if any, stays, so bulk email does not start again by accident.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { subscriptions } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';

export async function removeSubscription(db: Db, actor: AuditActor, input: { subscriptionId: string }) {
  await db.transaction(async (tx) => {
    const [row] = await tx.delete(subscriptions).where(eq(subscriptions.id, input.subscriptionId)).returning();
    if (!row) throw new ActionError('subscriptionGone');
    await recordAudit(tx, actor, {
      action: 'subscription.remove',
      entityType: 'subscription',
      entityId: row.id,
      changes: { email: row.email, status: row.status, legalBasis: row.legalBasis, source: row.source },
    });
  });
}
