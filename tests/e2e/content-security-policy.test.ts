// The Content-Security-Policy in a real browser: cached public pages (hash policy) and pages
// rendered per request (nonce policy) run their scripts without a single violation, and React
// takes over the page (client-side navigation, islands that fetch and re-render).
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, demoMeetingPath } from '../support/browser';

const baseUrl = inject('baseUrl');

type Watched = { page: Page; problems: string[] };

/** A page that records every CSP violation, console error and uncaught error. */
async function watchedPage(context: BrowserContext): Promise<Watched> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // The 404 page's own status is reported as a failed load; that is the page working.
    if (m.type() === 'error' && !/status of 404/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  return { page, problems };
}

async function visit({ page, problems }: Watched, path: string) {
  problems.length = 0;
  const res = await page.goto(`${baseUrl}${path}`);
  // Not 'networkidle': the links' prefetches render every linked page on a fresh server, which
  // can take half a minute. The scripts (and any violation) have run by the load event; React's
  // own start-up errors follow within moments.
  await page.waitForLoadState('load');
  await page.waitForFunction(() => 'next' in window);
  await page.waitForTimeout(500);
  return res;
}

/** Follows a link without reloading: only a hydrated app router can do that. */
async function navigatesInApp(page: Page, link: Locator, path: string) {
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
  await link.click();
  await page.waitForURL((url) => url.pathname === path);
  return page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere === true);
}

describe.skipIf(!hasChromium)('Content-Security-Policy in the browser', () => {
  let browser: Browser;
  let meetingPath = '';
  beforeAll(async () => {
    browser = await launchBrowser();
    meetingPath = await demoMeetingPath(baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs the cached public pages without violations, and they hydrate', async () => {
    const context = await browser.newContext();
    const watched = await watchedPage(context);
    const { page, problems } = watched;

    // Twice each: the first visit may render, the second comes from the cache.
    for (const path of ['/', '/meetings', meetingPath, '/en/themes', '/meetings']) {
      const res = await visit(watched, path);
      expect(res?.headers()['content-security-policy'], path).toMatch(/script-src 'self' 'sha256-/);
      expect(problems, path).toEqual([]);
    }
    expect(await navigatesInApp(page, page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Temaer' }), '/themes'), 'client-side navigation').toBe(true);
    expect(problems).toEqual([]);

    // The meeting page's island fetches the seats and replaces its loading text.
    await visit(watched, meetingPath);
    await page.getByText(/ledige pladser|ledig plads|ingen pladsbegrænsning/i).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs the pages rendered per request without violations: sign-in, 404, admin', async () => {
    const context = await browser.newContext();
    const watched = await watchedPage(context);
    const { page, problems } = watched;

    for (const path of ['/signin', '/findes-ikke']) {
      const res = await visit(watched, path);
      expect(res?.headers()['content-security-policy'], path).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
      expect(problems, path).toEqual([]);
    }

    // The sign-in form itself is a client component: its submit goes through React.
    await openWithSessionOf(page, baseUrl, 'erhverv@albertslund.test');
    await page.waitForURL((url) => url.pathname.startsWith('/admin'));
    expect(problems).toEqual([]);
    const res = await visit(watched, '/admin');
    expect(res?.headers()['content-security-policy']).toMatch(/'nonce-/);
    // The header's island asked /api/me who this is: scripts ran.
    await page.getByRole('link', { name: 'Log ud' }).first().waitFor();
    expect(await navigatesInApp(page, page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Temaer' }), '/admin/themes'), 'client-side navigation in admin').toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses a script that the policy does not name (the test can fail)', async () => {
    const context = await browser.newContext();
    const watched = await watchedPage(context);
    await visit(watched, '/meetings');
    await watched.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    expect(await watched.page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(watched.problems.join('\n')).toMatch(/CSP violation: script-src-elem inline/);
    await context.close();
  });
});
