// "Never serve one user's data to another": two companies signed in at once load the same cached
// meeting page. Each sees only their own registration and name (fetched by the page's islands,
// never rendered into it); the shared HTML holds nobody's data and is the same for everyone;
// every response that does carry a person's data says private, no-store.
import type { Browser, BrowserContext, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf } from '../support/browser';

const baseUrl = inject('baseUrl');

const maria = { email: 'direktoer@lysteknik.test', name: 'Maria Lund' };
const peter = { email: 'indkoeb@hersted-plast.test', name: 'Peter Holm' };
const note = `Vegetar, bord ved døren ${Date.now().toString(36)}`;

type Person = { context: BrowserContext; page: Page };

async function signedIn(browser: Browser, email: string): Promise<Person> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await openWithSessionOf(page, baseUrl, email);
  await page.waitForURL((url) => url.pathname.startsWith('/portal'));
  return { context, page };
}

/** Opens the meeting page and returns what its registration island was told. */
async function openMeeting({ page }: Person, path: string) {
  const island = page.waitForResponse((r) => /\/api\/meetings\/[^/]+\/registration$/.test(new URL(r.url()).pathname));
  const document = await page.goto(`${baseUrl}${path}`);
  const answer: Response = await island;
  await page.getByText(/Du er tilmeldt|Tilmeld mig/).first().waitFor();
  return { document: document!, answer, state: await answer.json() };
}

async function cancelOwnRegistration(page: Page) {
  await page.getByRole('button', { name: 'Afmeld mig' }).click();
  await page.getByRole('button', { name: 'Ja, afmeld mig' }).click();
  await page.getByRole('button', { name: 'Tilmeld mig' }).waitFor();
}

describe.skipIf(!hasChromium)("one cached page, two signed-in companies", () => {
  let browser: Browser;
  let meetingPath = '';
  let a: Person;
  let b: Person;
  beforeAll(async () => {
    browser = await launchBrowser();
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    meetingPath = /\/meetings\/moede-[0-9-]+(?=<)/.exec(sitemap)![0];
    a = await signedIn(browser, maria.email);
    b = await signedIn(browser, peter.email);
  });
  afterAll(async () => {
    // Leave the demo data as it was for the tests that follow.
    if (a && (await a.page.getByRole('button', { name: 'Afmeld mig' }).count())) await cancelOwnRegistration(a.page);
    await browser?.close();
  });

  it('shows each company only its own registration and name', async () => {
    // Maria registers, with a note only she (and the secretariat) may read.
    let mine = await openMeeting(a, meetingPath);
    if (mine.state.own) await cancelOwnRegistration(a.page);
    await a.page.getByLabel('Bemærkning').fill(note);
    await a.page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await a.page.getByText('Du er tilmeldt mødet.').waitFor();

    // Both load the same page; Maria's visit comes first, so Peter gets what the cache kept.
    mine = await openMeeting(a, meetingPath);
    const theirs = await openMeeting(b, meetingPath);
    expect(theirs.document.headers()['x-nextjs-cache']).toMatch(/^(HIT|STALE)$/);

    expect(mine.state.own).toMatchObject({ status: 'registered', note });
    await a.page.getByText(note).waitFor();
    expect(theirs.state.own).toBeNull();
    expect(await b.page.getByText('Du er tilmeldt').count()).toBe(0);
    expect(await b.page.getByRole('button', { name: 'Tilmeld mig' }).count()).toBe(1);
    expect(await b.page.content()).not.toContain(note);

    // The header island names the person who is signed in, and nobody else.
    expect(await a.page.locator('header').textContent()).toContain(maria.name);
    expect(await b.page.locator('header').textContent()).toContain(peter.name);
    expect(await b.page.content()).not.toContain(maria.name);
    expect(await a.page.content()).not.toContain(peter.name);

    // What carries a person's data is private and never stored by a shared cache.
    for (const answer of [mine.answer, theirs.answer]) expect(answer.headers()['cache-control']).toBe('private, no-store');
    for (const [person, who] of [[a, maria], [b, peter]] as const) {
      const me = await person.context.request.get(`${baseUrl}/api/me`);
      expect(me.headers()['cache-control']).toBe('private, no-store');
      expect((await me.json()).name).toContain(who.name);
    }
  });

  it('keeps the cached HTML free of anyone\'s data, the same for every visitor', async () => {
    let anonymous = await fetch(`${baseUrl}${meetingPath}`);
    for (let i = 0; i < 5 && anonymous.headers.get('x-nextjs-cache') !== 'HIT'; i++) anonymous = await fetch(`${baseUrl}${meetingPath}`);
    const forMaria = await a.context.request.get(`${baseUrl}${meetingPath}`);
    const forPeter = await b.context.request.get(`${baseUrl}${meetingPath}`);
    for (const res of [forMaria, forPeter]) {
      expect(res.headers()['x-nextjs-cache']).toBe('HIT');
      expect(res.headers()['cache-control']).toMatch(/^s-maxage=/);
      expect(res.headers()['set-cookie'] ?? '').toBe('');
    }
    const html = await anonymous.text();
    expect(anonymous.headers.get('x-nextjs-cache')).toBe('HIT');
    // The same bytes whoever asks (the build id and inline scripts included).
    expect(await forMaria.text()).toBe(html);
    expect(await forPeter.text()).toBe(html);
    for (const secret of [maria.email, peter.email, maria.name, peter.name, note, 'lysteknik', 'hersted-plast']) {
      expect(html, secret).not.toContain(secret);
    }
  });
});
