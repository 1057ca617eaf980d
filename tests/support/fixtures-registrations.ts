// Builders for registration tests: many company people at once, and reading what was emailed.
import { asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { companies, emailOutbox, registrations, users } from '@/db/schema';

// CVR numbers from a counter rather than at random, so that many companies in one database
// never collide on the unique CVR column (random draws do, now and then, in the hundreds).
let nextCvrPrefix = 1_000_000 + Math.floor(Math.random() * 8_000_000);
function sequentialCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const digits = String(nextCvrPrefix++).split('').map(Number);
    const sum = digits.reduce((total, d, i) => total + d * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

/** `n` company people, each with their own company, in two inserts. */
export async function makeCompanyPeople(n: number, prefix = 'person') {
  const db = await getDb();
  const tag = Math.random().toString(36).slice(2, 8);
  const made = await db
    .insert(companies)
    .values(Array.from({ length: n }, (_, i) => ({ cvr: sequentialCvr(), name: `${prefix} ApS ${tag}-${i}` })))
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
