// The search in a browser: axe finds no WCAG 2.1 A/AA violation on /search (empty, with results,
// without results) in Danish and English at 1280 and 375 px, nothing scrolls sideways; the
// header's search field leads there; and a company typing a proposal is shown similar themes in
// a live region, with links that open in a new tab.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';

const baseUrl = inject('baseUrl');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

async function problemsOn(page: Page, label: string) {
  const problems: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
    await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of violations) problems.push(`${label} ${viewport.name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > viewport.width) problems.push(`${label} ${viewport.name}: scrolls sideways (${scrollWidth}px)`);
    await screenshot(page, `search-${label.replace(/[^a-z0-9]+/gi, '-')}-${viewport.name}`);
  }
  return problems;
}

describe.skipIf(!hasChromium)('search in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(['', '/en'])('passes axe with results, without and empty (%s)', async (prefix) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    for (const query of ['', '?q=virksomheder', '?q=qxzvbnmqq']) {
      const response = await page.goto(`${baseUrl}${prefix}/search${query}`);
      expect(response?.status()).toBe(200);
      expect(await page.locator('h1').count()).toBe(1);
      problems.push(...(await problemsOn(page, `${prefix || '/da'}/search${query}`)));
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('searches from the header field with the keyboard', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/meetings`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('Letbanen');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\?q=Letbanen$/);
    await expect(page.getByRole('link', { name: /Nye muligheder med Letbanen/ }).first().isVisible()).resolves.toBe(true);
    expect(await page.locator('mark', { hasText: 'Letbanen' }).count()).toBeGreaterThan(0);
    await context.close();
  });

  it('shows a company similar themes while it types a proposal', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    await openWithSessionOf(page, baseUrl, 'direktoer@lysteknik.test');
    await page.goto(`${baseUrl}/portal/themes/new`);
    await page.getByLabel('Titel').pressSequentially('Letbanen og mobiliteten', { delay: 20 });
    const region = page.locator('[aria-live="polite"]').filter({ has: page.getByRole('heading', { name: 'Lignende temaer' }) });
    const link = region.getByRole('link', { name: /Nye muligheder med Letbanen/ });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toMatch(/^\/themes\/[0-9a-f-]{36}$/);
    const problems = await problemsOn(page, '/da/portal/themes/new similar');
    // Clearing the text clears the suggestions.
    await page.setViewportSize(VIEWPORTS[0]);
    await page.getByLabel('Titel').fill('');
    await page.getByLabel('Titel').press('Backspace');
    await region.waitFor({ state: 'detached' });
    await context.close();
    expect(problems).toEqual([]);
  });
});
