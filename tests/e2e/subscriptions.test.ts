// A visitor subscribes to the forum's news on /subscribe, confirms through the email in the
// development mailbox (the link opens a page; only its button confirms), and unsubscribes from
// the link a bulk email carries (again: the page, then the button). The new pages are checked
// with axe in Danish and English at desktop and phone size.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { signedInClient } from '../support/http-client';
import { confirmCodeFor, unsubscribeCodeFor } from '../support/unsubscribe-code';

const baseUrl = inject('baseUrl');
const tag = Date.now().toString(36);

async function axeViolations(page: Page) {
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe[data-email-preview]')
    .analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(!hasChromium)('subscribing to the news in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('subscribes from the footer link, confirms from the mailbox, and unsubscribes from the link', async () => {
    const email = `nyheder-${tag}@example.test`;
    const page = await (await browser.newContext()).newPage();
    await page.setExtraHTTPHeaders({ 'x-forwarded-for': `10.77.${process.pid % 250}.1` });
    await page.goto(`${baseUrl}/`);
    await page.locator('footer').getByRole('link', { name: 'Nyhedsbrev' }).click();
    await page.waitForURL(/\/subscribe$/);
    await page.getByLabel('Din e-mailadresse').fill(email);
    await page.getByRole('button', { name: 'Tilmeld mig nyhederne' }).click();
    await page.getByText('Tak. Hvis adressen kan modtage vores nyheder').waitFor();

    await page.goto(`${baseUrl}/dev/mailbox?to=${encodeURIComponent(email)}`);
    const mail = page.locator('article').first();
    expect(await mail.getByRole('heading').first().textContent()).toBe('Bekræft din tilmelding til Strategisk Erhvervsforums nyheder');
    await mail.getByRole('link', { name: /subscribe\/confirm/ }).first().click();
    await page.waitForURL(/\/subscribe\/confirm\?code=/);
    // Opening the link confirmed nothing yet.
    const admin = await signedInClient(baseUrl, 'erhverv@albertslund.test');
    const rowOf = async () => {
      const html = await (await admin.request('/admin/subscribers')).text();
      return new RegExp(`data-subscriber="${email.replace(/[.]/g, '\\.')}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';
    };
    expect(await rowOf()).toContain('Afventer');
    await page.getByRole('button', { name: 'Bekræft tilmelding' }).click();
    await page.getByText('Du er nu tilmeldt forummets nyheder').waitFor();
    expect(await rowOf()).toContain('Aktiv');

    await page.goto(`${baseUrl}/unsubscribe?code=${encodeURIComponent(unsubscribeCodeFor(email))}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Frameld forummets e-mails');
    expect(await rowOf()).toContain('Aktiv');
    await page.getByRole('button', { name: 'Frameld mig' }).click();
    await page.getByText('Du er nu frameldt').waitFor();
    await page.getByRole('link', { name: 'Fortrudt? Tilmeld dig igen' }).waitFor();
    const row = await rowOf();
    expect(row).toContain('Frameldt');
    expect(row).toContain('spærret');
    await screenshot(page, 'subscriptions-unsubscribed');
  });

  it('has no axe violations on the new pages in Danish and English, at 1280 and 375 px, and nothing scrolls sideways', async () => {
    // axe needs pages of their own contexts (one per visitor, as separate people).
    const company = await (await browser.newContext()).newPage();
    await openWithSessionOf(company, baseUrl, 'direktoer@lysteknik.test');
    const secretariat = await (await browser.newContext()).newPage();
    await openWithSessionOf(secretariat, baseUrl, 'erhverv@albertslund.test');
    const visitor = await (await browser.newContext()).newPage();
    const someone = `axe-${tag}@example.test`;
    const rows: { path: string; page: Page }[] = [
      { path: '/subscribe', page: visitor },
      { path: `/subscribe/confirm?code=${encodeURIComponent(confirmCodeFor(someone))}`, page: visitor },
      { path: '/subscribe/confirm?code=forged', page: visitor },
      { path: `/unsubscribe?code=${encodeURIComponent(unsubscribeCodeFor(someone))}`, page: visitor },
      { path: '/unsubscribe?code=forged', page: visitor },
      { path: '/privacy', page: visitor },
      { path: '/portal/account', page: company },
      { path: '/admin/subscribers', page: secretariat },
    ];
    const problems: string[] = [];
    for (const { width, height, name } of [{ width: 1280, height: 800, name: 'desktop' }, { width: 375, height: 812, name: 'phone' }]) {
      for (const prefix of ['', '/en']) {
        for (const { path, page } of rows) {
          await page.setViewportSize({ width, height });
          await page.goto(`${baseUrl}${prefix}${path}`);
          const violations = await axeViolations(page);
          if (violations.length) problems.push(`${prefix}${path} @${name}: ${violations.join('; ')}`);
          const sideways = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
          if (sideways) problems.push(`${prefix}${path} @${name}: scrolls sideways`);
          expect(await page.locator('h1').count()).toBe(1);
          if (prefix === '') await screenshot(page, `subscriptions-${name}${path.split('?')[0].replace(/\//g, '-')}${path.includes('forged') ? '-forged' : ''}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 300_000); // a dozen pages, two languages, two widths, each with axe: ~2 min on an idle 2-core machine
});
