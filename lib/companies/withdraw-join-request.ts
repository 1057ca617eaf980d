// The person takes back their own pending request (e.g. they typed the wrong CVR number).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companyJoinRequests } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { recordAudit } from '@/lib/audit/record-audit';
import type { MembershipActor } from './membership-rows';

// No input: the actor is the whole subject; `_input` keeps the (db, actor, input, { now }) shape.
export async function withdrawJoinRequest(db: DbOrTx, actor: MembershipActor, _input: Record<string, never> = {}, { now = new Date() }: { now?: Date } = {}) {
  return db.transaction(async (tx) => {
    const [open] = await tx
      .select()
      .from(companyJoinRequests)
      .where(and(eq(companyJoinRequests.userId, actor.id), eq(companyJoinRequests.status, 'pending')))
      .for('update');
    if (!open) notFound();
    await tx.update(companyJoinRequests).set({ status: 'withdrawn', decidedAt: now, decidedById: actor.id }).where(eq(companyJoinRequests.id, open.id));
    await recordAudit(tx, actor, { action: 'company.join-withdraw', entityType: 'company_join_request', entityId: open.id, changes: { status: { from: 'pending', to: 'withdrawn' } } });
  });
}
