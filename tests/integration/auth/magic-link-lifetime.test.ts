// Auth.js itself, in process, with its real Drizzle adapter: how a link's age is judged.
import { createHash } from 'node:crypto';
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { verificationTokens } from '@/db/schema';
import { handlers, MAGIC_LINK_MAX_AGE_SECONDS } from '@/lib/auth/config';
import { resetEnvForTests } from '@/lib/env';
import { makeUser } from '../../support/fixtures';

const SECRET = 'integration-test-secret-0123456789abcdef';
const hash = (token: string) => createHash('sha256').update(`${token}${SECRET}`).digest('hex');

async function openLink(email: string, token: string) {
  const url = `http://localhost:3000/api/auth/callback/resend?token=${token}&email=${encodeURIComponent(email)}`;
  const res = await handlers.GET(new NextRequest(url));
  return { status: res.status, location: res.headers.get('location') ?? '', cookies: res.headers.getSetCookie().join(';') };
}

describe('magic link lifetime', () => {
  beforeAll(() => {
    process.env.AUTH_SECRET = SECRET;
    // lib/env reads the environment once; read it again with the secret.
    resetEnvForTests();
  });

  it('lives at most ten minutes (ASVS 6.5.5)', () => {
    expect(MAGIC_LINK_MAX_AGE_SECONDS).toBeLessThanOrEqual(600);
  });

  it('signs in with a fresh link and refuses the same link a second time', async () => {
    const user = await makeUser('company');
    const db = await getDb();
    await db.insert(verificationTokens).values({ identifier: user.email, token: hash('fresh-token'), expires: new Date(Date.now() + 60_000) });
    const first = await openLink(user.email, 'fresh-token');
    expect(first.status).toBe(302);
    expect(first.location).not.toContain('error');
    expect(first.cookies).toContain('authjs.session-token=');
    const second = await openLink(user.email, 'fresh-token');
    expect(second.location).toContain('/signin/error?error=Verification');
  });

  it('refuses an expired link with the verification error page', async () => {
    const user = await makeUser('company');
    const db = await getDb();
    await db.insert(verificationTokens).values({ identifier: user.email, token: hash('old-token'), expires: new Date(Date.now() - 1000) });
    const res = await openLink(user.email, 'old-token');
    expect(res.location).toContain('/signin/error?error=Verification');
    expect(res.cookies).not.toContain('authjs.session-token=');
  });

  it('refuses a deactivated user even with a valid link', async () => {
    const user = await makeUser('company', { deactivatedAt: new Date() });
    const db = await getDb();
    await db.insert(verificationTokens).values({ identifier: user.email, token: hash('t3'), expires: new Date(Date.now() + 60_000) });
    const res = await openLink(user.email, 't3');
    expect(res.location).toContain('error=AccessDenied');
  });
});
