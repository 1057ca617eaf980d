// Reads of companies, nothing that writes: the signed-in person's profile and company for the portal,
// and the secretariat's companies area (pending requests, companies not yet verified, the list of
// companies and one company with its members).
import 'server-only';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { companies, companyJoinRequests, users } from '@/db/schema';
import { membersMayDecide } from '@/lib/companies/rules';

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

// Each company's active members, grouped once and joined (no correlated subquery: drizzle does
// not qualify a single-table select's columns, so one would compare a table with itself).
function memberCounts(db: DbOrTx) {
  return db
    .select({ companyId: users.companyId, members: count().as('members') })
    .from(users)
    .where(isNull(users.deactivatedAt))
    .groupBy(users.companyId)
    .as('member_counts');
}

export async function readPendingJoinRequests(db: DbOrTx) {
  const counts = memberCounts(db);
  return db
    .select({
      id: companyJoinRequests.id,
      createdAt: companyJoinRequests.createdAt,
      personName: users.name,
      personEmail: users.email,
      companyName: companies.name,
      companyCvr: companies.cvr,
      companyVerified: sql<boolean>`${companies.verifiedAt} is not null`,
      members: sql<number>`coalesce(${counts.members}, 0)`.mapWith(Number),
    })
    .from(companyJoinRequests)
    .innerJoin(users, eq(users.id, companyJoinRequests.userId))
    .innerJoin(companies, eq(companies.id, companyJoinRequests.companyId))
    .leftJoin(counts, eq(counts.companyId, companies.id))
    .where(eq(companyJoinRequests.status, 'pending'))
    .orderBy(asc(companyJoinRequests.createdAt));
}

export async function readCompaniesForAdmin(db: DbOrTx) {
  const counts = memberCounts(db);
  return db
    .select({
      id: companies.id,
      cvr: companies.cvr,
      name: companies.name,
      verifiedAt: companies.verifiedAt,
      createdAt: companies.createdAt,
      members: sql<number>`coalesce(${counts.members}, 0)`.mapWith(Number),
    })
    .from(companies)
    .leftJoin(counts, eq(counts.companyId, companies.id))
    .orderBy(sql`${companies.verifiedAt} is not null`, desc(companies.createdAt));
}

const verifier = alias(users, 'verifier');

export async function readCompanyForAdmin(db: DbOrTx, cvr: string) {
  const [company] = await db
    .select({
      id: companies.id,
      cvr: companies.cvr,
      name: companies.name,
      address: companies.address,
      postalCode: companies.postalCode,
      city: companies.city,
      website: companies.website,
      verifiedAt: companies.verifiedAt,
      verifiedById: companies.verifiedById,
      verifiedBy: verifier.name,
      verifiedByEmail: verifier.email,
      provenDomain: companies.provenDomain,
      createdAt: companies.createdAt,
    })
    .from(companies)
    .leftJoin(verifier, eq(verifier.id, companies.verifiedById))
    .where(eq(companies.cvr, cvr));
  if (!company) return null;
  const [members, requests] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, jobTitle: users.jobTitle })
      .from(users)
      .where(and(eq(users.companyId, company.id), isNull(users.deactivatedAt)))
      .orderBy(asc(users.name), asc(users.email)),
    db
      .select({ id: companyJoinRequests.id, name: users.name, email: users.email, createdAt: companyJoinRequests.createdAt })
      .from(companyJoinRequests)
      .innerJoin(users, eq(users.id, companyJoinRequests.userId))
      .where(and(eq(companyJoinRequests.companyId, company.id), eq(companyJoinRequests.status, 'pending')))
      .orderBy(asc(companyJoinRequests.createdAt)),
  ]);
  return { company, members, requests };
}

/** For the admin dashboard: how many join requests wait, and how many companies are not verified. */
export async function readCompaniesNeedingAttention(db: DbOrTx) {
  const [[requests], [unverified]] = await Promise.all([
    db.select({ n: count() }).from(companyJoinRequests).where(eq(companyJoinRequests.status, 'pending')),
    db.select({ n: count() }).from(companies).where(isNull(companies.verifiedAt)),
  ]);
  return { pendingRequests: requests?.n ?? 0, unverifiedCompanies: unverified?.n ?? 0 };
}
