// A member or the secretariat declines a request: the person stays outside the company and is
// told so, without any of the company's data.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { queueMembershipEmails } from './membership-emails';
import { lockDecidableRequest, settleJoinRequest, type DeciderRole, type MembershipActor } from './membership-rows';

export async function declineJoinRequest(
  db: DbOrTx,
  actor: MembershipActor,
  input: { requestId: string; as: DeciderRole },
  { now = new Date() }: { now?: Date } = {},
) {
  return db.transaction(async (tx) => {
    const { company, request, requester } = await lockDecidableRequest(tx, actor, input.requestId, input.as);
    await settleJoinRequest(tx, actor, { requestId: request.id, requesterId: requester.id, as: input.as, to: 'declined', now });
    await queueMembershipEmails(tx, 'declined', [{ email: requester.email, userId: requester.id, locale: requester.locale }], { cvr: company.cvr }, { path: '/portal/profile', key: request.id, now });
  });
}
