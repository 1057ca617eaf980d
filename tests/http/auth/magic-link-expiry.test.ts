// A magic link's lifetime over HTTP: the token the form stores expires within 30 minutes (ours:
// 10), and an expired link signs nobody in but shows the clear error page. Reading and ageing the
// token needs the app server's database, which only PostgreSQL lets a second process open.
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { callbackUrlFromConfirmLink, HttpClient, requestMagicLink } from '../../support/http-client';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('appDatabaseUrl');

describe.skipIf(!databaseUrl)('magic link expiry (PostgreSQL only)', () => {
  let sql: postgres.Sql;
  beforeAll(() => {
    sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql?.end();
  });

  it('stores a link that expires within 10 minutes of being asked for', async () => {
    const email = `expiry-age-${Date.now()}@firma.test`;
    const asked = Date.now();
    await requestMagicLink(new HttpClient(baseUrl), email);
    const [row] = await sql<{ expires: Date }[]>`select expires from verification_tokens where identifier = ${email}`;
    const minutes = (row.expires.getTime() - asked) / 60_000;
    expect(minutes).toBeGreaterThan(9);
    expect(minutes).toBeLessThanOrEqual(10.1);
  });

  it('refuses an expired link with the clear error page and no session', async () => {
    const email = `expiry-old-${Date.now()}@firma.test`;
    const client = new HttpClient(baseUrl);
    const link = await requestMagicLink(client, email);
    await sql`update verification_tokens set expires = now() - interval '1 second' where identifier = ${email}`;
    // The confirmation page still opens (it spends nothing); its button then fails clearly.
    expect((await client.request(link)).status).toBe(200);
    const res = await client.follow(callbackUrlFromConfirmLink(baseUrl, link));
    expect(res.url).toContain('/signin/error?error=Verification');
    expect(await res.text()).toContain('Linket er udløbet eller er allerede brugt');
    expect(client.jar.has('authjs.session-token')).toBe(false);
  });
});
