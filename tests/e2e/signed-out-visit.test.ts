// A signed-out visit costs the server only cached answers: the page's islands (header, meeting
// registration, theme support) ask nobody who is visiting, and no link prefetches a page that is
// rendered per request (such as /signin). Issue 11 §4b; the bench replays such visits.
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, demoMeetingPath } from '../support/browser';

const baseUrl = inject('baseUrl');

type Seen = { path: string; cacheControl: string };

/** Opens `path` in a fresh browser and returns every request to the app except static files. */
async function visit(browser: Browser, path: string, ready: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Promise<Seen | null>[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.origin !== new URL(baseUrl).origin || url.pathname.startsWith('/_next/static/') || /\.\w+$/.test(url.pathname)) return;
    pending.push(request.response().then((r) => (r ? { path: url.pathname, cacheControl: r.headers()['cache-control'] ?? '' } : null)));
  });
  await page.goto(baseUrl + path);
  await ready(page);
  await page.waitForLoadState('networkidle');
  // Next prefetches links in view when the browser is idle.
  await page.waitForTimeout(1500);
  await page.waitForLoadState('networkidle');
  const seen = (await Promise.all(pending)).filter((s) => s !== null);
  await context.close();
  return seen;
}

describe.skipIf(!hasChromium)('a signed-out visit', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('to a meeting page asks no route handler and nothing rendered per request, and still offers registration', async () => {
    const meetingPath = await demoMeetingPath(baseUrl);
    const seen = await visit(browser, meetingPath, (page) => page.getByRole('link', { name: 'Tilmeld dig' }).waitFor());
    expect(seen.map((s) => s.path)).toContain(meetingPath);
    expect(seen.filter((s) => s.path.startsWith('/api/'))).toEqual([]);
    expect(seen.filter((s) => /no-store|private/.test(s.cacheControl))).toEqual([]);
  });

  it('to the home page and to /themes asks no route handler and nothing rendered per request', async () => {
    for (const path of ['/', '/themes']) {
      const seen = await visit(browser, path, (page) => page.getByRole('link', { name: 'Log ind' }).first().waitFor());
      expect(seen.filter((s) => s.path.startsWith('/api/'))).toEqual([]);
      expect(seen.filter((s) => /no-store|private/.test(s.cacheControl))).toEqual([]);
    }
  });

  it('shows the sign-in hint for supporting themes without asking the server', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${baseUrl}/themes`);
    await expect(page.locator('main').getByRole('link', { name: /Log ind/ }).first().isVisible()).resolves.toBe(true);
    await context.close();
  });
});
