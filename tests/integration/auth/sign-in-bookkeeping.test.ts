import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { invitations, signInAttempts, users, verificationTokens } from '@/db/schema';
import { resetEnvForTests } from '@/lib/env';
import { allowSignInAttempt, purgeExpiredSignInData, SIGN_IN_LIMITS } from '@/lib/auth/rate-limit';
import { applyRoleOnSignIn } from '@/lib/auth/roles-on-sign-in';
import { makeUser } from '../../support/fixtures';

afterEach(() => {
  delete process.env.ADMIN_EMAILS;
  resetEnvForTests();
});

describe('roles given at sign-in', () => {
  it('makes an ADMIN_EMAILS address chair or secretariat', async () => {
    const mayor = await makeUser('company', { companyId: null });
    const staff = await makeUser('company', { companyId: null });
    process.env.ADMIN_EMAILS = `${mayor.email.toUpperCase()}:chair, ${staff.email}`;
    resetEnvForTests();
    await applyRoleOnSignIn(await getDb(), mayor.email);
    await applyRoleOnSignIn(await getDb(), staff.email);
    const db = await getDb();
    const [m] = await db.select().from(users).where(eq(users.id, mayor.id));
    const [s] = await db.select().from(users).where(eq(users.id, staff.id));
    expect([m.role, s.role]).toEqual(['chair', 'secretariat']);
  });

  it('applies a pending invitation once and marks it accepted', async () => {
    const db = await getDb();
    const person = await makeUser('company', { companyId: null });
    await db.insert(invitations).values({ email: person.email, role: 'council' });
    await applyRoleOnSignIn(db, person.email);
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    const [invitation] = await db.select().from(invitations).where(eq(invitations.email, person.email));
    expect(row.role).toBe('council');
    expect(invitation.acceptedAt).toBeInstanceOf(Date);
  });

  it('leaves an ordinary company user as they are', async () => {
    const db = await getDb();
    const person = await makeUser('company');
    await applyRoleOnSignIn(db, person.email);
    const [row] = await db.select().from(users).where(eq(users.id, person.id));
    expect(row.role).toBe('company');
  });
});

describe('sign-in rate limit and clean-up', () => {
  it(`allows ${SIGN_IN_LIMITS.perEmail} links per address in fifteen minutes, then refuses`, async () => {
    const db = await getDb();
    const results = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perEmail; i++) {
      results.push(await allowSignInAttempt(db, { email: 'limit@example.test', client: `c${i}` }));
    }
    expect(results.filter(Boolean)).toHaveLength(SIGN_IN_LIMITS.perEmail);
    expect(results.at(-1)).toBe(false);
  });

  it(`allows ${SIGN_IN_LIMITS.perClient} requests per client across addresses`, async () => {
    const db = await getDb();
    let allowed = 0;
    for (let i = 0; i <= SIGN_IN_LIMITS.perClient; i++) {
      if (await allowSignInAttempt(db, { email: `p${i}@example.test`, client: 'one-client' })) allowed++;
    }
    expect(allowed).toBe(SIGN_IN_LIMITS.perClient);
  });

  it('deletes expired magic-link tokens and old attempt counts, and keeps live ones', async () => {
    const db = await getDb();
    const now = new Date();
    await db.insert(verificationTokens).values([
      { identifier: 'old@example.test', token: 'old', expires: new Date(now.getTime() - 1000) },
      { identifier: 'live@example.test', token: 'live', expires: new Date(now.getTime() + 600_000) },
    ]);
    await db.insert(signInAttempts).values({ key: 'email:ancient@example.test', createdAt: new Date(now.getTime() - 3600_000) });
    await purgeExpiredSignInData(db, now);
    const tokens = await db.select().from(verificationTokens);
    expect(tokens.map((t) => t.token)).toEqual(['live']);
    expect(await db.$count(signInAttempts, eq(signInAttempts.key, 'email:ancient@example.test'))).toBe(0);
  });
});
