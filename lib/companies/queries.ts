// Reads of the signed-in person's profile and company for the portal.
import 'server-only';
import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, companyJoinRequests, users } from '@/db/schema';
import { membersMayDecide } from './membership-rules';

/** What a company's profile holds: shown in the portal and included in a person's data export. */
export const companyProfileColumns = {
  cvr: companies.cvr,
  name: companies.name,
  address: companies.address,
  postalCode: companies.postalCode,
  city: companies.city,
  industry: companies.industry,
  employees: companies.employees,
  website: companies.website,
};

export async function readProfile(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({
      name: users.name,
      email: users.email,
      jobTitle: users.jobTitle,
      phone: users.phone,
      company: { id: companies.id, ...companyProfileColumns },
    })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(eq(users.id, userId));
  return row ?? null;
}

/**
 * Where a person without a company stands: a request waiting for approval, or the last one
 * declined. Only the CVR number they typed is returned — nothing of the company's until approved.
 */
export async function readJoinRequestState(db: DbOrTx, userId: string) {
  const [latest] = await db
    .select({ status: companyJoinRequests.status, cvr: companies.cvr, createdAt: companyJoinRequests.createdAt })
    .from(companyJoinRequests)
    .innerJoin(companies, eq(companies.id, companyJoinRequests.companyId))
    .where(and(eq(companyJoinRequests.userId, userId), inArray(companyJoinRequests.status, ['pending', 'declined'])))
    .orderBy(desc(companyJoinRequests.createdAt))
    .limit(1);
  if (!latest) return null;
  return { status: latest.status as 'pending' | 'declined', cvr: latest.cvr, createdAt: latest.createdAt };
}

export async function hasPendingJoinRequest(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ id: companyJoinRequests.id })
    .from(companyJoinRequests)
    .where(and(eq(companyJoinRequests.userId, userId), eq(companyJoinRequests.status, 'pending')))
    .limit(1);
  return Boolean(row);
}

/** A member's view of their company's people and of the requests they may decide. */
export async function readCompanyMembership(db: DbOrTx, companyId: string) {
  const [company] = await db
    .select({ id: companies.id, name: companies.name, cvr: companies.cvr, verifiedAt: companies.verifiedAt, provenDomain: companies.provenDomain })
    .from(companies)
    .where(eq(companies.id, companyId));
  if (!company) return null;
  const [members, requests] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, jobTitle: users.jobTitle })
      .from(users)
      .where(and(eq(users.companyId, companyId), isNull(users.deactivatedAt)))
      .orderBy(asc(users.name), asc(users.email)),
    db
      .select({ id: companyJoinRequests.id, name: users.name, email: users.email, jobTitle: users.jobTitle, createdAt: companyJoinRequests.createdAt })
      .from(companyJoinRequests)
      .innerJoin(users, eq(users.id, companyJoinRequests.userId))
      .where(and(eq(companyJoinRequests.companyId, companyId), eq(companyJoinRequests.status, 'pending')))
      .orderBy(asc(companyJoinRequests.createdAt)),
  ]);
  const membersDecide = membersMayDecide(company, members.length);
  return { company, members, membersDecide, requests: membersDecide ? requests : [] };
}
