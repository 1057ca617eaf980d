// The secretariat names an email domain that belongs to a company: people on it join at once.
// A free-mail domain proves nothing and is refused. An empty value clears the domain.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies } from '@/db/schema';
import { fieldRefusal } from '@/lib/admin/refusals';
import { recordAudit } from '@/lib/audit/record-audit';
import { isFreeMailDomain } from './free-mail-domains';
import { memberRecipients, queueMembershipEmails } from './membership-emails';
import { lockCompany, type MembershipActor } from './membership-rows';

export async function setProvenDomain(
  db: DbOrTx,
  actor: MembershipActor,
  input: { companyId: string; domain: string | null },
  { now = new Date() }: { now?: Date } = {},
) {
  const domain = input.domain?.trim().toLowerCase() || null;
  if (domain && isFreeMailDomain(domain)) fieldRefusal({ domain: 'freeMail' });
  return db.transaction(async (tx) => {
    const company = await lockCompany(tx, input.companyId);
    if (company.provenDomain === domain) return;
    await tx.update(companies).set({ provenDomain: domain }).where(eq(companies.id, company.id));
    await recordAudit(tx, actor, { action: 'company.domain-set', entityType: 'company', entityId: company.id, changes: { provenDomain: { from: company.provenDomain, to: domain } } });
    if (domain) {
      await queueMembershipEmails(tx, 'domainSet', await memberRecipients(tx, company.id), { company: company.name, domain }, { path: '/portal/company', key: `${company.id}:${domain}:${now.getTime()}`, now });
    }
  });
}
