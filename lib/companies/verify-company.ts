// The secretariat confirms that a company registered through the portal is real and that its
// members belong to it. From then on its members decide join requests and prove their domain.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { memberRecipients, queueMembershipEmails } from './membership-emails';
import { lockCompany, type MembershipActor } from './membership-rows';

export async function verifyCompany(db: DbOrTx, actor: MembershipActor, input: { companyId: string }, { now = new Date() }: { now?: Date } = {}) {
  return db.transaction(async (tx) => {
    const company = await lockCompany(tx, input.companyId);
    if (company.verifiedAt) return company;
    const [updated] = await tx.update(companies).set({ verifiedAt: now, verifiedById: actor.id }).where(eq(companies.id, company.id)).returning();
    await recordAudit(tx, actor, { action: 'company.verify', entityType: 'company', entityId: company.id, changes: { verifiedAt: { from: null, to: now.toISOString() } } });
    await queueMembershipEmails(tx, 'verified', await memberRecipients(tx, company.id), { company: company.name, cvr: company.cvr }, { path: '/portal/company', key: company.id, now });
    return updated;
  });
}
