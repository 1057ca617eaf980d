// Two `next start` instances on one PostgreSQL database, each with public pages cached in its own
// memory: a write on one reaches the other's cached pages within 2 s (the cache handler shares tag
// invalidations through the database), and the pages are served from the cache again afterwards.
// PGlite lives inside one server process and cannot be shared, so this needs TEST_DATABASE_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHeldMeetingIn } from '../support/fixtures-two-instances';
import { createTestDatabase, startNextInstance, type NextInstance } from '../support/next-instances';
import { startResendStub, type ResendStub } from '../support/resend-stub';
import { signInThroughResendStub } from '../support/sign-in-through-stub';
import { builtActions, callFormAction, type BuiltAction } from '../support/server-actions';

const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn('[two instances, cache] skipped: set TEST_DATABASE_URL (PGlite cannot be shared by two servers)');

const WITHIN_MS = 2_000;

const action = (name: string): BuiltAction => {
  const found = builtActions().find((a) => a.name === name);
  if (!found) throw new Error(`no server action ${name} in the build`);
  return found;
};

/** Fetches the page until it is served from the cache (a render stores it, the next visit hits). */
async function cachedPage(url: string): Promise<string> {
  for (let i = 0; i < 5; i += 1) {
    const res = await fetch(url);
    const html = await res.text();
    if (res.headers.get('x-nextjs-cache') === 'HIT') return html;
  }
  throw new Error(`${url} is not served from the cache`);
}

/** Polls the page until `seen` holds for its HTML; the time it took, or Infinity. */
async function msUntil(url: string, seen: (html: string) => boolean, limitMs = 5_000): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < limitMs) {
    if (seen(await (await fetch(url)).text())) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

const seatsLeft = (html: string) => Number(/(\d+) ledige pladser ud af/.exec(html)?.[1] ?? NaN);

describe.skipIf(!serverUrl)('two app instances, one cache', () => {
  let stub: ResendStub;
  let a: NextInstance;
  let b: NextInstance;
  let dropDatabase: () => Promise<void>;
  let databaseUrl: string;

  beforeAll(async () => {
    const database = await createTestDatabase(serverUrl!, 'ef_two_cache');
    dropDatabase = database.drop;
    databaseUrl = database.url;
    stub = await startResendStub();
    const env = {
      DATABASE_URL: database.url,
      AUTH_SECRET: 'test-secret-shared-by-both-instances-0123456789abcdef',
      RESEND_API_KEY: 're_test_two_instances_cache',
      RESEND_BASE_URL: stub.url,
      SEED_DEMO_DATA: '1',
      ENABLE_DEV_MAILBOX: undefined,
    };
    a = await startNextInstance(env);
    b = await startNextInstance(env);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await stub?.close();
    await dropDatabase?.();
  });

  const signInOn = (instance: NextInstance, email: string) => signInThroughResendStub(instance, stub, email);

  it('shows a registration made on one instance in the seat count of the other’s cached meeting page within 2 s', async () => {
    const sitemap = await (await fetch(`${a.baseUrl}/sitemap.xml`)).text();
    const slugs = [...sitemap.matchAll(/\/meetings\/(moede-[0-9-]+)</g)].map((m) => m[1]);
    let slug = '';
    let before = NaN;
    for (const candidate of slugs) {
      before = seatsLeft(await cachedPage(`${b.baseUrl}/meetings/${candidate}`));
      if (before > 0) {
        slug = candidate;
        break;
      }
    }
    expect(slug, 'a meeting with free seats').not.toBe('');
    const ics = (await (await fetch(`${a.baseUrl}/feeds/meetings/${slug}.ics`)).text()).replace(/\r\n[ \t]/g, '');
    const meetingId = /UID:meeting-([0-9a-f-]{36})@/.exec(ics)![1];
    // Both instances serve the page from their own cache.
    await cachedPage(`${a.baseUrl}/meetings/${slug}`);

    const person = await signInOn(a, 'indkoeb@hersted-plast.test');
    const res = await callFormAction(person, action('registerAction'), { meetingId, colleagues: '1', note: '' });
    expect(res.text).toContain('"registered"');

    const ms = await msUntil(`${b.baseUrl}/meetings/${slug}`, (html) => seatsLeft(html) === before - 2);
    console.log(`[two instances, cache] B's meeting page showed the registration after ${ms} ms`);
    expect(ms).toBeLessThan(WITHIN_MS);
    // And it is cached again on B, with the new count.
    expect(seatsLeft(await cachedPage(`${b.baseUrl}/meetings/${slug}`))).toBe(before - 2);
  });

  it('lists an article published on one instance on the other’s /articles and / within 2 s', async () => {
    const { meetingId } = await makeHeldMeetingIn(databaseUrl);
    const title = `Nyt fra forum ${Date.now().toString(36)}`;
    for (const path of ['/articles', '/']) expect(await cachedPage(`${b.baseUrl}${path}`)).not.toContain(title);

    const secretariat = await signInOn(a, 'erhverv@albertslund.test');
    const res = await callFormAction(secretariat, action('articleAction'), {
      meetingId,
      title,
      lead: 'Kort om mødet.',
      body: 'Forummet drøftede grøn omstilling og Letbanen.',
      intent: 'publish',
      confirmed: 'yes',
    });
    expect(res.text).toContain('"published"');

    const [onArticles, onHome] = await Promise.all([
      msUntil(`${b.baseUrl}/articles`, (html) => html.includes(title)),
      msUntil(`${b.baseUrl}/`, (html) => html.includes(title)),
    ]);
    console.log(`[two instances, cache] B listed the article after ${onArticles} ms (/articles) and ${onHome} ms (/)`);
    expect(onArticles).toBeLessThan(WITHIN_MS);
    expect(onHome).toBeLessThan(WITHIN_MS);
    for (const path of ['/articles', '/']) expect(await cachedPage(`${b.baseUrl}${path}`)).toContain(title);
  });
});
