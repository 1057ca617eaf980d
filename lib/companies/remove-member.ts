// The secretariat removes a person from a company (e.g. someone who no longer works there).
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { recordAudit } from '@/lib/audit/record-audit';
import { memberRecipients, queueMembershipEmails } from './membership-emails';
import { lockCompany, lockUser, personLabel, type MembershipActor } from './membership-rows';

export async function removeMember(
  db: DbOrTx,
  actor: MembershipActor,
  input: { companyId: string; userId: string },
  { now = new Date() }: { now?: Date } = {},
) {
  return db.transaction(async (tx) => {
    const company = await lockCompany(tx, input.companyId);
    const person = await lockUser(tx, input.userId);
    if (person.companyId !== company.id) notFound();
    await tx.update(users).set({ companyId: null }).where(eq(users.id, person.id));
    await recordAudit(tx, actor, { action: 'company.member-remove', entityType: 'user', entityId: person.id, changes: { company: { from: company.id, to: null } } });
    const values = { company: company.name, cvr: company.cvr, person: personLabel(person) };
    const key = `${person.id}:${company.id}:${now.getTime()}`;
    await queueMembershipEmails(tx, 'removed', [{ email: person.email, userId: person.id, locale: person.locale }], values, { key, now });
    await queueMembershipEmails(tx, 'memberRemoved', await memberRecipients(tx, company.id), values, { path: '/portal/company', key, now });
  });
}
