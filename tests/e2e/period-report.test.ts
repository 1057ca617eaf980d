// The period report in chromium: the report page (the demo's 2014–2015, the default period's empty
// state, a refused period) and its print view pass axe (WCAG 2.1 A/AA) in Danish and English at
// 1280 and 375 px, have one h1 and do not scroll sideways; the period form works by keyboard and
// shows its message at the field. Screenshots land in tests/artifacts.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';

const baseUrl = inject('baseUrl');
const PERIOD = 'from=2014-01-01&to=2015-12-31';
const PAGES = [
  { name: 'report', path: `/admin/reports?${PERIOD}` },
  { name: 'print', path: `/admin/reports/print?${PERIOD}` },
  { name: 'default', path: '/admin/reports' },
  { name: 'refused', path: '/admin/reports?from=2015-06-01&to=2015-05-31' },
];
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

async function axeViolations(page: Page) {
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe.skipIf(!hasChromium)('the period report in the browser', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    page.setDefaultTimeout(30_000);
    await openWithSessionOf(page, baseUrl, 'erhverv@albertslund.test');
    await page.waitForURL(/\/admin$/);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)('$name passes axe in both languages at 1280 and 375 px', async ({ name, path }) => {
    const problems: string[] = [];
    for (const prefix of ['', '/en']) {
      await page.setViewportSize(VIEWPORTS[0]);
      const response = await page.goto(`${baseUrl}${prefix}${path}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('html').getAttribute('lang')).toBe(prefix ? 'en' : 'da');
      expect(await page.locator('h1').count()).toBe(1);
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const label = `${prefix}${path} ${viewport.name}`;
        for (const v of await axeViolations(page)) problems.push(`${label}: ${v}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > viewport.width) problems.push(`${label}: scrolls sideways (${scrollWidth}px wide)`);
        await screenshot(page, `period-report-${name}-${prefix ? 'en' : 'da'}-${viewport.name}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('takes a period from the form by keyboard and says at the field when the end is before the start', async () => {
    await page.setViewportSize(VIEWPORTS[0]);
    await page.goto(`${baseUrl}/admin/reports`);
    await page.getByLabel('Fra og med').fill('2015-06-01');
    await page.getByLabel('Til og med').fill('2015-01-01');
    await page.getByLabel('Til og med').press('Enter');
    await page.waitForURL(/to=2015-01-01/);
    const to = page.getByLabel('Til og med');
    await expect.poll(() => to.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#report-to-error').textContent()).toBe('Slutdatoen skal være samme dag som eller efter startdatoen.');
    expect(await page.getByLabel('Fra og med').inputValue()).toBe('2015-06-01');

    await page.getByLabel('Til og med').fill('2015-12-31');
    await page.getByRole('button', { name: 'Vis rapport' }).press('Enter');
    await page.waitForURL(/to=2015-12-31/);
    await page.getByRole('heading', { name: 'Strategisk Erhvervsforum: rapport for 1. juni 2015 – 31. december 2015' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Strategisk Erhvervsforum, september 2015' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Strategisk Erhvervsforum, januar 2015').count()).toBe(0);
  });

  it('prints on A4 without the menus, the form or the buttons', async () => {
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.goto(`${baseUrl}/admin/reports/print?${PERIOD}`);
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('button', { name: 'Udskriv' }).isVisible()).toBe(false);
      expect(await page.locator('header[data-site-header]').isVisible()).toBe(false);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Strategisk Erhvervsforum: rapport for 1. januar 2014 – 31. december 2015');
      expect(await page.getByRole('columnheader', { name: 'Orientering' }).isVisible()).toBe(true);
      await screenshot(page, 'period-report-print-media-da');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
