// The meeting form's "Påmindelse (dage før mødet)" in a real browser: a new meeting starts at 2,
// an out-of-range number is refused next to the field (linked from the error summary) with
// everything typed kept, and the form stays axe-clean at 1280 and 375 px.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';

const baseUrl = inject('baseUrl');
const ADMIN = 'erhverv@albertslund.test';

describe.skipIf(!hasChromium)('the reminder setting on the meeting form', () => {
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    admin.setDefaultTimeout(30_000);
    await openWithSessionOf(admin, baseUrl, ADMIN);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('starts at 2 days, refuses 31 next to the field and keeps what was typed', async () => {
    await admin.goto(`${baseUrl}/admin/meetings/new`);
    const reminder = admin.getByLabel('Påmindelse (dage før mødet)');
    expect(await reminder.inputValue()).toBe('2');
    await admin.locator('[name="title"]').fill('Påmindelsesformular');
    await admin.locator('[name="startsAt"]').fill('2031-05-06T16:00');
    await admin.locator('[name="endsAt"]').fill('2031-05-06T18:00');
    await reminder.fill('31');
    await admin.getByRole('button', { name: 'Opret møde' }).click();
    const summary = admin.locator('[data-error-summary]');
    await summary.waitFor();
    const id = await reminder.getAttribute('id');
    expect(await summary.locator(`a[href="#${id}"]`).count()).toBe(1);
    // The message sits by the field and is tied to it for a screen reader.
    const described = (await reminder.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(described.split(/\s+/).filter(Boolean).map((d) => admin.locator(`[id="${d}"]`).textContent()));
    expect(texts.join(' ')).toMatch(/30/);
    expect(await reminder.inputValue()).toBe('31');
    expect(await admin.locator('[name="title"]').inputValue()).toBe('Påmindelsesformular');

    const problems: string[] = [];
    for (const viewport of [
      { name: 'desktop', width: 1280, height: 800 },
      { name: 'phone', width: 375, height: 812 },
    ]) {
      await admin.setViewportSize(viewport);
      // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
      await admin.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
      const { violations } = await new AxeBuilder({ page: admin }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      problems.push(...violations.map((v) => `${viewport.name}: ${v.id}`));
      const width = await admin.evaluate(() => document.documentElement.scrollWidth);
      if (width > viewport.width) problems.push(`${viewport.name}: scrolls sideways (${width}px)`);
      await screenshot(admin, `reminder-setting-refused-${viewport.name}`);
    }
    expect(problems).toEqual([]);
  });
});
