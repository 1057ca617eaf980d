// Small helpers for portal tests: the refusal key of a domain call, and a person without a company.
import { getDb } from '@/db/client';
import { users } from '@/db/schema';

/** The ActionError key a call was refused with, or 'no refusal'. */
export async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const e = error as { key?: string; fieldErrors?: Record<string, { key: string }[]> };
    if (e.key === 'invalid' && e.fieldErrors) return `invalid:${Object.keys(e.fieldErrors).join(',')}`;
    return e.key ?? String(error);
  }
  return 'no refusal';
}

/** A company person signing in for the first time: no name, no company yet. */
export async function makeNewcomer(email = `new-${crypto.randomUUID().slice(0, 8)}@example.test`) {
  const db = await getDb();
  const [row] = await db.insert(users).values({ email, role: 'company' }).returning();
  return row;
}
