// Saves the person's profile and their company. Without a company, the CVR number decides: a
// new one creates the company (unverified, for the secretariat to check); a known one is only
// a REQUEST to join it (CVR numbers are public), approved by a member, the secretariat or a
// proven email domain. Members' later saves update the person and the company's details; the
// CVR number itself is fixed once set.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { companies, companyJoinRequests, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { requestToJoinCompany } from './request-to-join-company';
import type { ProfileInput } from './schema';

export type ProfileActor = { id: string; email: string; companyId: string | null };

export type ProfileOutcome =
  | { outcome: 'created' | 'joined' | 'updated'; companyId: string; companyName: string }
  /** Waiting for approval: nothing of the company is returned. */
  | { outcome: 'requested' };

function companyFields(input: ProfileInput) {
  return {
    address: input.address,
    postalCode: input.postalCode,
    city: input.city,
    industry: input.industry,
    employees: input.employees,
    website: input.website,
  };
}

export async function saveCompanyProfile(db: Db, actor: ProfileActor, input: ProfileInput, { now = new Date() }: { now?: Date } = {}): Promise<ProfileOutcome> {
  return db.transaction(async (tx) => {
    const person = { name: input.name, jobTitle: input.jobTitle, phone: input.phone };

    if (actor.companyId) {
      if (!input.companyName) throw new ActionError('invalid', { companyName: [{ key: 'required' }] });
      const [company] = await tx
        .update(companies)
        .set({ name: input.companyName, ...companyFields(input) })
        .where(eq(companies.id, actor.companyId))
        .returning({ id: companies.id, name: companies.name });
      await tx.update(users).set(person).where(eq(users.id, actor.id));
      if (!company) throw new ActionError('notFound');
      return { outcome: 'updated', companyId: company.id, companyName: company.name };
    }

    await tx.update(users).set(person).where(eq(users.id, actor.id));
    const [known] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.cvr, input.cvr));
    let companyId = known?.id;
    if (!companyId) {
      if (!input.companyName) throw new ActionError('invalid', { companyName: [{ key: 'required' }] });
      // Two people of a new company may save at the same moment: the unique CVR decides.
      const [created] = await tx
        .insert(companies)
        .values({ cvr: input.cvr, name: input.companyName, ...companyFields(input) })
        .onConflictDoNothing({ target: companies.cvr })
        .returning({ id: companies.id, name: companies.name });
      if (created) {
        await tx.update(users).set({ companyId: created.id }).where(eq(users.id, actor.id));
        // A request still waiting for another company is moot now.
        await tx
          .update(companyJoinRequests)
          .set({ status: 'withdrawn', decidedAt: now, decidedById: actor.id })
          .where(and(eq(companyJoinRequests.userId, actor.id), eq(companyJoinRequests.status, 'pending')));
        await recordAudit(tx, actor, { action: 'company.create', entityType: 'company', entityId: created.id, changes: { cvr: { from: null, to: input.cvr }, name: { from: null, to: created.name } } });
        return { outcome: 'created', companyId: created.id, companyName: created.name };
      }
      const [other] = await tx.select({ id: companies.id }).from(companies).where(eq(companies.cvr, input.cvr));
      companyId = other.id;
    }
    const joined = await requestToJoinCompany(tx, actor, { companyId }, { now });
    if (joined !== 'joined') return { outcome: 'requested' };
    const [company] = await tx.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.id, companyId));
    return { outcome: 'joined', companyId: company.id, companyName: company.name };
  });
}
