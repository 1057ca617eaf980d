// Saves the person's profile and their company. On first sign-in the CVR number decides:
// a known number joins the existing company (its details are left as they are), a new one
// creates the company. Later saves update the person and their company's details; the CVR
// number itself is fixed once set.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { companies, users } from '@/db/schema';
import { ActionError } from '@/lib/auth/action';
import type { ProfileInput } from './validation';

export type ProfileActor = { id: string; companyId: string | null };

export type ProfileOutcome = { outcome: 'created' | 'joined' | 'updated'; companyId: string; companyName: string };

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

export async function saveCompanyProfile(db: Db, actor: ProfileActor, input: ProfileInput): Promise<ProfileOutcome> {
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

    const [known] = await tx.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.cvr, input.cvr));
    let outcome: ProfileOutcome;
    if (known) {
      outcome = { outcome: 'joined', companyId: known.id, companyName: known.name };
    } else {
      if (!input.companyName) throw new ActionError('invalid', { companyName: [{ key: 'required' }] });
      // Two people of a new company may save at the same moment: the unique CVR decides.
      const [created] = await tx
        .insert(companies)
        .values({ cvr: input.cvr, name: input.companyName, ...companyFields(input) })
        .onConflictDoNothing({ target: companies.cvr })
        .returning({ id: companies.id, name: companies.name });
      if (created) outcome = { outcome: 'created', companyId: created.id, companyName: created.name };
      else {
        const [other] = await tx.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.cvr, input.cvr));
        outcome = { outcome: 'joined', companyId: other.id, companyName: other.name };
      }
    }
    await tx.update(users).set({ ...person, companyId: outcome.companyId }).where(eq(users.id, actor.id));
    return outcome;
  });
}
