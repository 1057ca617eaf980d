// Reads for the users page: people with role and company, and invitations not yet used.
import 'server-only';
import { and, asc, desc, eq, ilike, isNull, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, invitations, users } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';

export async function readUsersForAdmin(db: DbOrTx, filters: { q?: string; role?: Role }) {
  const conditions: SQL[] = [];
  if (filters.role) conditions.push(eq(users.role, filters.role));
  const term = filters.q?.trim();
  if (term) {
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(users.name, pattern), ilike(users.email, pattern), ilike(companies.name, pattern))!);
  }
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      deactivatedAt: users.deactivatedAt,
      createdAt: users.createdAt,
      companyName: companies.name,
    })
    .from(users)
    .leftJoin(companies, eq(companies.id, users.companyId))
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(users.deactivatedAt), asc(users.role), asc(users.name), asc(users.email));
}

export async function readPendingInvitations(db: DbOrTx) {
  return db
    .select({ email: invitations.email, role: invitations.role, createdAt: invitations.createdAt, invitedBy: users.name })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedById))
    .where(isNull(invitations.acceptedAt))
    .orderBy(desc(invitations.createdAt));
}
