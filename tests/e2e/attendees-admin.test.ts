// The secretariat's attendee pages in a real browser: on a held meeting's registrations list,
// one person of a party is checked out and in again with their own button (the count at the
// top follows, and the status line says so), and the name badges page lays out the badges for
// A4. Both pages pass axe, on a desktop and on a phone; the badges are also shown as printed.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';

const baseUrl = inject('baseUrl');

async function expectNoAxeViolations(page: Page) {
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The "Tjekket ind" number at the top of the registrations page. */
async function checkedInCount(page: Page) {
  const text = await page.locator('dl div').filter({ has: page.locator('dt', { hasText: 'Mødt' }) }).locator('dd').textContent();
  return Number(text?.trim());
}

describe.skipIf(!hasChromium)('the secretariat’s attendee pages in a real browser', () => {
  let browser: Browser;
  let page: Page;
  let meetingPath = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(30_000);
    await openWithSessionOf(page, baseUrl, 'erhverv@albertslund.test');
    await page.waitForURL(/\/admin$/);
    // The demo's held meeting, where attendance was taken.
    await page.goto(`${baseUrl}/admin/meetings/september-2015/follow-up`);
    await page.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}\/follow-up$/);
    meetingPath = /\/admin\/meetings\/[0-9a-f-]{36}/.exec(page.url())![0];
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('checks one person of a party out and in again with their own button', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}${meetingPath}/registrations`);
    // A person checked in when attendance was taken; held by position, which stays as it is.
    const rows = page.getByTestId('attendee');
    const pressed = await rows.evaluateAll((all) => all.findIndex((row) => row.querySelector('button[aria-pressed="true"]')));
    expect(pressed).toBeGreaterThanOrEqual(0);
    const person = rows.nth(pressed);
    const button = person.getByRole('button', { name: /Mødt/ });
    const before = await checkedInCount(page);
    await expectNoAxeViolations(page);
    await screenshot(page, 'attendees-admin-registrations-1280');

    await button.click();
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('status').getByText(/er fortrudt/).waitFor();
    await expect.poll(() => checkedInCount(page)).toBe(before - 1);

    // With the keyboard, as at the door with a scanner-less laptop.
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('status').getByText(/er tjekket ind/).waitFor();
    await expect.poll(() => checkedInCount(page)).toBe(before);
    await expect.poll(() => person.getByText(/^Tjekket ind \d{1,2}[.:]\d{2}$/).count()).toBe(1);

    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expectNoAxeViolations(page);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'attendees-admin-registrations-375');
  });

  it('lays out name badges for A4, reached from the meeting’s menu, and passes axe', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}${meetingPath}/registrations`);
    await page.getByRole('navigation').getByRole('link', { name: 'Navneskilte' }).click();
    await page.waitForURL(/\/badges$/);
    await page.getByRole('heading', { level: 1, name: 'Navneskilte' }).waitFor();
    const badges = page.getByTestId('badge');
    expect(await badges.count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page);
    await screenshot(page, 'attendees-admin-badges-1280');

    await page.setViewportSize({ width: 375, height: 800 });
    await page.reload();
    await expectNoAxeViolations(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(page, 'attendees-admin-badges-375');

    // As printed: the menus and the button are gone, the badges sit two abreast at 95 mm.
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
    const width = await badges.first().evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.round(width)).toBe(Math.round((95 / 25.4) * 96));
    await screenshot(page, 'attendees-admin-badges-print');
    await page.emulateMedia({ media: 'screen' });
  });
});
