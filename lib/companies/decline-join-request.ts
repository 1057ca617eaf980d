// A member or the secretariat declines a request: the person stays outside the company and is
// told so, without any of the company's data.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { queueMembershipEmails } from './membership-emails';
import { decideJoinRequest, type JoinDecisionInput, type MembershipActor } from './membership-rows';

export async function declineJoinRequest(db: DbOrTx, actor: MembershipActor, input: JoinDecisionInput, { now = new Date() }: { now?: Date } = {}) {
  await decideJoinRequest(db, actor, input, { to: 'declined', now }, async (tx, { company, request, requester }) => {
    await queueMembershipEmails(tx, 'declined', [{ email: requester.email, userId: requester.id, locale: requester.locale }], { cvr: company.cvr }, { path: '/portal/profile', key: request.id, now });
  });
}
