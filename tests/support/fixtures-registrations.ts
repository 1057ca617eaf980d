// Builders for registration tests: many company people at once, and reading what was emailed.
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { companies, emailOutbox, registrations, users } from '@/db/schema';
import { validCvr } from './fixtures';

/** `n` company people, each with their own company, in two inserts. */
export async function makeCompanyPeople(n: number, prefix = 'person') {
  const db = await getDb();
  const tag = Math.random().toString(36).slice(2, 8);
  const cvrs = new Set<string>();
  while (cvrs.size < n) cvrs.add(validCvr());
  const made = await db
    .insert(companies)
    .values([...cvrs].map((cvr, i) => ({ cvr, name: `${prefix} ApS ${tag}-${i}` })))
    .returning({ id: companies.id });
  return db
    .insert(users)
    .values(made.map((c, i) => ({ email: `${prefix}-${tag}-${i}@example.test`, name: `${prefix} ${i}`, role: 'company' as const, companyId: c.id })))
    .returning();
}

export async function registrationsOf(meetingId: string) {
  const db = await getDb();
  return db.select().from(registrations).where(eq(registrations.meetingId, meetingId)).orderBy(asc(registrations.createdAt));
}

export async function emailsTo(email: string) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, email)).orderBy(asc(emailOutbox.createdAt));
}
