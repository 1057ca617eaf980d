// A person asks to join a company that already exists (its CVR number is public, so typing it
// proves nothing). The request waits for a member or the secretariat, unless the person's
// address is on a domain already proven for the company: then it is approved at once.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companyJoinRequests, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { memberRecipients, queueMembershipEmails, secretariatRecipient } from './membership-emails';
import { activeMemberEmails, lockCompany, lockUser, personLabel, type MembershipActor } from './membership-rows';
import { approvesAutomatically, membersMayDecide } from './rules';

export type JoinOutcome = 'joined' | 'requested' | 'alreadyRequested';

export async function requestToJoinCompany(
  db: DbOrTx,
  actor: MembershipActor,
  input: { companyId: string },
  { now = new Date() }: { now?: Date } = {},
): Promise<JoinOutcome> {
  return db.transaction(async (tx) => {
    const company = await lockCompany(tx, input.companyId);
    const person = await lockUser(tx, actor.id);
    if (person.companyId) throw new ActionError('alreadyMember');

    const [open] = await tx
      .select()
      .from(companyJoinRequests)
      .where(and(eq(companyJoinRequests.userId, person.id), eq(companyJoinRequests.status, 'pending')))
      .for('update');
    if (open?.companyId === company.id) return 'alreadyRequested';
    if (open) {
      // One company at a time: asking for another replaces the earlier request.
      await tx.update(companyJoinRequests).set({ status: 'withdrawn', decidedAt: now, decidedById: person.id }).where(eq(companyJoinRequests.id, open.id));
      await recordAudit(tx, actor, { action: 'company.join-withdraw', entityType: 'company_join_request', entityId: open.id, changes: { status: { from: 'pending', to: 'withdrawn' } } });
    }

    const memberEmails = await activeMemberEmails(tx, company.id);
    const automatic = approvesAutomatically(person.email, company, memberEmails);
    const [request] = await tx
      .insert(companyJoinRequests)
      .values({
        companyId: company.id,
        userId: person.id,
        createdAt: now,
        ...(automatic ? { status: 'approved' as const, decidedVia: 'domain' as const, decidedAt: now } : {}),
      })
      .returning();
    const values = { company: company.name, cvr: company.cvr, person: personLabel(person) };

    if (automatic) {
      await tx.update(users).set({ companyId: company.id }).where(eq(users.id, person.id));
      await recordAudit(tx, actor, {
        action: 'company.join-approve',
        entityType: 'company_join_request',
        entityId: request.id,
        changes: { company: { from: null, to: company.id }, via: { from: null, to: 'domain' } },
      });
      await queueMembershipEmails(tx, 'approved', [{ email: person.email, userId: person.id, locale: person.locale }], values, { path: '/portal', key: request.id, now });
      await queueMembershipEmails(tx, 'memberJoined', await memberRecipients(tx, company.id, person.id), values, { path: '/portal/company', key: request.id, now });
      return 'joined';
    }

    await recordAudit(tx, actor, { action: 'company.join-request', entityType: 'company_join_request', entityId: request.id, changes: { company: { from: null, to: company.id } } });
    const deciders = membersMayDecide(company, memberEmails.length)
      ? await memberRecipients(tx, company.id)
      : await secretariatRecipient(tx);
    const toMembers = membersMayDecide(company, memberEmails.length);
    await queueMembershipEmails(tx, toMembers ? 'requestToMembers' : 'requestToSecretariat', deciders, values, {
      path: toMembers ? '/portal/company' : '/admin/companies',
      key: request.id,
      now,
    });
    // The person is told only what they typed: no company data before approval.
    await queueMembershipEmails(tx, 'requestReceived', [{ email: person.email, userId: person.id, locale: person.locale }], { cvr: company.cvr }, { path: '/portal', key: request.id, now });
    return 'requested';
  });
}
