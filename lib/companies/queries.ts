// Reads of the signed-in person's profile and company for the portal.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, users } from '@/db/schema';

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
