// The per-request read of who is signed in (lib/auth/session-user.ts): one query for the session
// and its user, as strict as Auth.js's own session check.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { sessions, users } from '@/db/schema';
import { readSessionUser } from '@/lib/auth/session-user';
import { makeUser } from '../../support/fixtures';

const HOUR = 3600_000;

async function sessionFor(userId: string, expires: Date) {
  const token = randomBytes(32).toString('hex');
  await (await getDb()).insert(sessions).values({ sessionToken: token, userId, expires });
  return token;
}

describe('reading the signed-in user from the session cookie', () => {
  it('gives the user of a live session', async () => {
    const db = await getDb();
    const person = await makeUser('secretariat', { companyId: null });
    const token = await sessionFor(person.id, new Date(Date.now() + HOUR));
    expect(await readSessionUser(db, token, new Date())).toEqual({
      id: person.id,
      email: person.email,
      name: person.name,
      role: 'secretariat',
      locale: person.locale,
      companyId: null,
    });
  });

  it('gives nobody for an unknown token or an expired session', async () => {
    const db = await getDb();
    const person = await makeUser('chair', { companyId: null });
    const token = await sessionFor(person.id, new Date(Date.now() + HOUR));
    expect(await readSessionUser(db, `${token}0`, new Date())).toBeNull();
    // The same session one millisecond after its expiry.
    const [{ expires }] = await db.select({ expires: sessions.expires }).from(sessions).where(eq(sessions.sessionToken, token));
    expect(await readSessionUser(db, token, expires)).not.toBeNull();
    expect(await readSessionUser(db, token, new Date(expires.getTime() + 1))).toBeNull();
  });

  it('signs a deactivated user out at once and shows a role change on the next request', async () => {
    const db = await getDb();
    const person = await makeUser('secretariat', { companyId: null });
    const token = await sessionFor(person.id, new Date(Date.now() + HOUR));
    await db.update(users).set({ role: 'council' }).where(eq(users.id, person.id));
    expect((await readSessionUser(db, token, new Date()))?.role).toBe('council');
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, person.id));
    expect(await readSessionUser(db, token, new Date())).toBeNull();
  });
});
