// A member of the company (verified companies only) or the secretariat approves a request: the
// person becomes a member, which is what users.companyId means.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { memberRecipients, queueMembershipEmails } from './membership-emails';
import { decideJoinRequest, personLabel, type JoinDecisionInput, type MembershipActor } from './membership-rows';

export async function approveJoinRequest(db: DbOrTx, actor: MembershipActor, input: JoinDecisionInput, { now = new Date() }: { now?: Date } = {}) {
  return decideJoinRequest(db, actor, input, { to: 'approved', now }, async (tx, { company, request, requester }) => {
    // The person may have created or joined another company meanwhile.
    if (requester.companyId || requester.deactivatedAt) throw new ActionError('requesterUnavailable');
    await tx.update(users).set({ companyId: company.id }).where(eq(users.id, requester.id));
    const values = { company: company.name, cvr: company.cvr, person: personLabel(requester) };
    await queueMembershipEmails(tx, 'approved', [{ email: requester.email, userId: requester.id, locale: requester.locale }], values, { path: '/portal', key: request.id, now });
    await queueMembershipEmails(tx, 'memberJoined', await memberRecipients(tx, company.id, requester.id), values, { path: '/portal/company', key: request.id, now });
    return { companyId: company.id, userId: requester.id };
  });
}
