// A member or the secretariat declines a request: the person stays outside the company and is
// told so, without any of the company's data.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companyJoinRequests } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { queueMembershipEmails } from './membership-emails';
import { lockDecidableRequest, type DeciderRole, type MembershipActor } from './membership-rows';

export async function declineJoinRequest(
  db: DbOrTx,
  actor: MembershipActor,
  input: { requestId: string; as: DeciderRole },
  { now = new Date() }: { now?: Date } = {},
) {
  return db.transaction(async (tx) => {
    const { company, request, requester } = await lockDecidableRequest(tx, actor, input.requestId, input.as);
    await tx
      .update(companyJoinRequests)
      .set({ status: 'declined', decidedVia: input.as, decidedById: actor.id, decidedAt: now })
      .where(eq(companyJoinRequests.id, request.id));
    await recordAudit(tx, actor, {
      action: 'company.join-decline',
      entityType: 'company_join_request',
      entityId: request.id,
      changes: { status: { from: 'pending', to: 'declined' }, user: { from: null, to: requester.id }, via: { from: null, to: input.as } },
    });
    await queueMembershipEmails(tx, 'declined', [{ email: requester.email, userId: requester.id, locale: requester.locale }], { cvr: company.cvr }, { path: '/portal/profile', key: request.id, now });
  });
}
