// Two `next start` instances on one PostgreSQL database, as a deployment with several servers
// runs: a session made on one works on the other, a dispatch drained by both at once sends each
// email exactly once, and the sign-in rate limit counts requests to both together.
// PGlite lives inside one server process and cannot be shared, so this needs TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeParticipantsOfHeldMeeting } from '../support/fixtures-two-instances';
import { HttpClient } from '../support/http-client';
import { createTestDatabase, startNextInstance, type NextInstance } from '../support/next-instances';
import { startResendStub, type ResendStub } from '../support/resend-stub';
import { signInThroughResendStub } from '../support/sign-in-through-stub';
import { builtActions, callFormAction, type BuiltAction } from '../support/server-actions';

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn('[two instances] skipped: set TEST_DATABASE_URL (PGlite cannot be shared by two servers)');

const CRON_SECRET = 'two-instances-cron-secret';
const PARTICIPANTS = 450;

const action = (name: string): BuiltAction => {
  const found = builtActions().find((a) => a.name === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found;
};

describe.skipIf(!serverUrl)('two app instances on one database', () => {
  let stub: ResendStub;
  let a: NextInstance;
  let b: NextInstance;
  let dropDatabase: () => Promise<void>;
  let databaseUrl: string;

  beforeAll(async () => {
    const database = await createTestDatabase(serverUrl!, 'ef_two');
    dropDatabase = database.drop;
    databaseUrl = database.url;
    stub = await startResendStub();
    const env = {
      DATABASE_URL: database.url,
      AUTH_SECRET: 'test-secret-shared-by-both-instances-0123456789abcdef',
      RESEND_API_KEY: 're_test_two_instances',
      RESEND_BASE_URL: stub.url,
      CRON_SECRET,
      SEED_DEMO_DATA: '1',
      ENABLE_DEV_MAILBOX: undefined,
    };
    // One after the other: the first migrates and seeds the empty database, the second finds it ready.
    a = await startNextInstance(env);
    b = await startNextInstance(env);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await stub?.close();
    await dropDatabase?.();
  });

  const signInOn = (instance: NextInstance, email: string) => signInThroughResendStub(instance, stub, email);

  /** The same cookies, sent to the other instance. */
  function sameSessionOn(instance: NextInstance, client: HttpClient): HttpClient {
    const other = new HttpClient(instance.baseUrl);
    for (const [name, value] of client.jar) other.jar.set(name, value);
    return other;
  }

  it('accepts on one instance the session made on the other, and ends it on both at sign-out', async () => {
    const onA = await signInOn(a, 'erhverv@albertslund.test');
    const onB = sameSessionOn(b, onA);
    expect((await onB.request('/admin')).status).toBe(200);
    expect(await onB.json('/api/me')).toMatchObject({ signedIn: true, area: '/admin' });

    const signOut = await callFormAction(onB, action('signOutAction'), { locale: 'da' });
    expect(signOut.status).toBeLessThan(400);
    expect(await onA.json('/api/me')).toEqual({ signedIn: false });
    expect((await onA.request('/admin')).status).toBe(307);
  });

  it('sends each participant email exactly once when both instances drain the outbox at the same time', async () => {
    const { meetingId, emails } = await makeParticipantsOfHeldMeeting(databaseUrl, PARTICIPANTS);
    // Each batch call takes a while, as over the internet, so the drains overlap.
    stub.delayMs = 150;

    const secretariat = await signInOn(a, 'erhverv@albertslund.test');
    const dispatched = await callFormAction(secretariat, action('participantEmailAction'), {
      meetingId,
      title: 'Tak for i aftes',
      body: 'Tak fordi I kom. Her er et kort referat af mødet.',
      intent: 'dispatch',
      confirmed: 'yes',
    });
    expect(dispatched.text).toContain('"emailDispatched"');

    // The dispatching instance starts a drain of its own after responding; both worker endpoints
    // are called at once on top of it.
    const drain = (instance: NextInstance) =>
      fetch(`${instance.baseUrl}/api/worker/outbox`, { method: 'POST', headers: { authorization: `Bearer ${CRON_SECRET}` } }).then(
        async (res) => ({ status: res.status, ...((await res.json()) as { sent: number; batches: number }) }),
      );
    const [fromA, fromB] = await Promise.all([drain(a), drain(b)]);
    expect(fromA.status).toBe(200);
    expect(fromB.status).toBe(200);
    console.log(`[two instances] worker A sent ${fromA.sent} in ${fromA.batches} batches, worker B ${fromB.sent} in ${fromB.batches}`);

    // Every participant got exactly one email (what the stand-in delivered: the instances' own
    // workers drain too, and batches told to wait by the 2 requests/s limit come again later).
    const tally = () => {
      const counts = new Map<string, number>();
      for (const { to } of stub.delivered.filter((d) => emails.has(d.to))) counts.set(to, (counts.get(to) ?? 0) + 1);
      return counts;
    };
    for (let waited = 0; tally().size < PARTICIPANTS && waited < 20_000; waited += 250) await new Promise((r) => setTimeout(r, 250));
    await new Promise((r) => setTimeout(r, 1_000));
    const counts = tally();
    expect(counts.size).toBe(PARTICIPANTS);
    expect([...counts.values()].filter((n) => n !== 1)).toEqual([]);
  });

  it('counts sign-in requests to both instances together: the sixth for one address is refused', async () => {
    stub.delayMs = 0;
    const email = `limit-${Date.now().toString(36)}@example.test`;
    const answers: string[] = [];
    for (let i = 0; i < 7; i += 1) {
      const instance = i % 2 === 0 ? a : b;
      const client = new HttpClient(instance.baseUrl);
      // Each request from a client address of its own, so only the per-address limit applies.
      const res = await callFormAction(client, action('requestSignInLink'), { email, locale: 'da' }, { 'x-forwarded-for': `10.77.${i}.1` });
      answers.push(res.text.includes('"message":"rateLimited"') ? 'limited' : res.status < 400 ? 'sent' : `status ${res.status}`);
    }
    expect(answers).toEqual(['sent', 'sent', 'sent', 'sent', 'sent', 'limited', 'limited']);
    // Five links, delivered by the instances' workers.
    const delivered = () => stub.delivered.filter((d) => d.to === email).length;
    for (let waited = 0; delivered() < 5 && waited < 15_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));
    expect(delivered()).toBe(5);
  });

  it('counts one client’s sign-in requests to both instances together: the 21st is refused', async () => {
    const client = '10.78.0.1';
    const answers: string[] = [];
    for (let i = 0; i < 22; i += 1) {
      const instance = i % 2 === 0 ? a : b;
      const email = `client-limit-${i}-${Date.now().toString(36)}@example.test`;
      const res = await callFormAction(new HttpClient(instance.baseUrl), action('requestSignInLink'), { email, locale: 'da' }, { 'x-forwarded-for': client });
      answers.push(res.text.includes('"message":"rateLimited"') ? 'limited' : 'sent');
    }
    expect(answers.filter((x) => x === 'sent')).toHaveLength(20);
    expect(answers.slice(20)).toEqual(['limited', 'limited']);
  });
});
