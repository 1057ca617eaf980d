// After deleting one's account every part of the page knows the person is signed out: the
// session row is gone, the cookie is cleared, and the header island (/api/me, user menu) shows
// "Log ind" instead of "Min side · Log ud" without a reload.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { HttpClient, signedInClient } from '../support/http-client';

const baseUrl = inject('baseUrl');

describe.skipIf(!hasChromium)('deleting one’s account in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [1280, 375]) {
    it(`signs the person out everywhere on the page at ${width} px`, async () => {
      const email = `slet-mig-${width}-${Date.now().toString(36)}@firma.test`;
      const token = (await signedInClient(baseUrl, email)).jar.get('authjs.session-token')!;
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await openWithSessionOf(page, baseUrl, email);
      await page.goto(`${baseUrl}/portal/account`);
      const header = page.getByRole('banner');
      await header.getByRole('link', { name: 'Log ud' }).waitFor();

      await page.getByRole('button', { name: 'Slet min konto …' }).click();
      await page.getByRole('button', { name: 'Ja, slet min konto permanent' }).click();
      await page.waitForURL(/\/account-deleted$/);
      await page.getByRole('heading', { level: 1, name: 'Din konto er slettet' }).waitFor();

      // The header island asks again: signed out, with no "Min side" or "Log ud" left.
      await header.getByRole('link', { name: 'Log ind' }).waitFor();
      expect(await header.getByRole('link', { name: 'Log ud' }).count()).toBe(0);
      expect(await header.getByRole('link', { name: 'Min side' }).count()).toBe(0);
      await screenshot(page, `account-deleted-header-${width}`);

      // The cookie is cleared in the browser, and the session row is gone on the server.
      const cookies = await page.context().cookies(baseUrl);
      expect(cookies.map((c) => c.name)).not.toContain('authjs.session-token');
      const oldSession = new HttpClient(baseUrl);
      oldSession.jar.set('authjs.session-token', token);
      expect(await oldSession.json('/api/me')).toEqual({ signedIn: false });
      expect((await oldSession.request('/portal')).status).toBeGreaterThanOrEqual(300);

      // A reload, or any other page, says the same.
      await page.goto(`${baseUrl}/meetings`);
      await header.getByRole('link', { name: 'Log ind' }).waitFor();
      await page.close();
    });
  }
});
