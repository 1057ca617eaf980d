// Builders for test data. Each test makes what it needs; nothing depends on demo data.
import { getDb } from '@/db/client';
import { companies, forumSettings, meetings, themes, users } from '@/db/schema';
import { forumFacts } from '@/db/seed/demo-forum';
import type { Role } from '@/lib/auth/permissions';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${Math.random().toString(36).slice(2, 5)}`;

export async function makeForumSettings() {
  const db = await getDb();
  await db.insert(forumSettings).values({ id: 1, ...forumFacts }).onConflictDoNothing();
}

/** A CVR number that passes the modulus-11 check, different on every call. */
export function validCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const digits = Array.from({ length: 7 }, (_, i) => (i === 0 ? 1 + Math.floor(Math.random() * 9) : Math.floor(Math.random() * 10)));
    const sum = digits.reduce((s, d, i) => s + d * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}

export async function makeCompany(overrides: Partial<typeof companies.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db
    .insert(companies)
    .values({ cvr: validCvr(), name: `Test ApS ${unique()}`, industry: 'Produktion', employees: 10, ...overrides })
    .returning();
  return row;
}

export async function makeUser(role: Role = 'company', overrides: Partial<typeof users.$inferInsert> = {}) {
  const db = await getDb();
  let companyId = overrides.companyId;
  if (role === 'company' && companyId === undefined) companyId = (await makeCompany()).id;
  const [row] = await db
    .insert(users)
    .values({ email: `user-${unique()}@example.test`, name: `Test ${role}`, role, companyId: companyId ?? null, ...overrides })
    .returning();
  return row;
}

export async function makeMeeting(overrides: Partial<typeof meetings.$inferInsert> = {}) {
  const db = await getDb();
  const startsAt = overrides.startsAt ?? new Date(Date.now() + 14 * 24 * 3600_000);
  const [row] = await db
    .insert(meetings)
    .values({
      slug: `meeting-${unique()}`,
      title: 'Testmøde',
      place: 'Albertslund Rådhus',
      status: 'published',
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      ...overrides,
    })
    .returning();
  return row;
}

export async function makeTheme(overrides: Partial<typeof themes.$inferInsert> = {}) {
  const db = await getDb();
  const [row] = await db
    .insert(themes)
    .values({
      title: `Tema ${unique()}`,
      description: 'En beskrivelse af temaet, der er lang nok.',
      category: 'local',
      status: 'accepted',
      ...overrides,
    })
    .returning();
  return row;
}
