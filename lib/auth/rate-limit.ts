// Sign-in requests are counted in the database, so the limits hold across app instances.
import 'server-only';
import { and, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { signInAttempts, verificationTokens } from '@/db/schema';

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const SIGN_IN_LIMITS = { perEmail: 5, perClient: 20 } as const;

/** Records one attempt and tells whether it is within the limits. */
export async function allowSignInAttempt(
  db: DbOrTx,
  { email, client }: { email: string; client: string },
): Promise<boolean> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const keys = [`email:${email}`, `client:${client}`];
  const counts = await db
    .select({ key: signInAttempts.key, n: sql<number>`count(*)::int` })
    .from(signInAttempts)
    .where(and(inArray(signInAttempts.key, keys), gte(signInAttempts.createdAt, since)))
    .groupBy(signInAttempts.key);
  const count = (key: string) => counts.find((c) => c.key === key)?.n ?? 0;
  if (
    count(keys[0]) >= SIGN_IN_LIMITS.perEmail ||
    count(keys[1]) >= SIGN_IN_LIMITS.perClient
  ) {
    return false;
  }
  await db.insert(signInAttempts).values(keys.map((key) => ({ key })));
  return true;
}

/** Auth.js never deletes expired magic-link tokens; we do, with old attempt counts. */
export async function purgeExpiredSignInData(db: DbOrTx, now = new Date()) {
  await db.delete(verificationTokens).where(lt(verificationTokens.expires, now));
  await db.delete(signInAttempts).where(lt(signInAttempts.createdAt, new Date(now.getTime() - SIGN_IN_WINDOW_MS)));
}
