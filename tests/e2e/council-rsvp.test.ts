// The council's answers in a real browser: the email link's page signed out (confirm with a
// click, then change the answer), the council area's buttons by keyboard, and the changed pages
// (link page, council home, admin registrations, statistics) axe-clean in both languages at
// 1280 and 375 px, with nothing scrolling sideways.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { councilRsvpCodeForTestServer, userIdOnAdminPage } from '../support/council-rsvp-code';
import { signedInClient } from '../support/http-client';
import { demoEmails, discoverUpcomingMeeting } from '../support/matrix-sessions';

const baseUrl = inject('baseUrl');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

async function problemsOn(page: Page, label: string) {
  const problems: string[] = [];
  expect(await page.locator('h1').count(), `${label}: one h1`).toBe(1);
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
    await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of violations) problems.push(`${label} ${viewport.name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > viewport.width) problems.push(`${label} ${viewport.name}: scrolls sideways (${width}px)`);
    await screenshot(page, `council-rsvp-${label.replace(/[^a-z0-9]+/gi, '-')}-${viewport.name}`);
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return problems;
}

describe.skipIf(!hasChromium)('the council answers in a browser', () => {
  let browser: Browser;
  let meetingId: string;
  let code: string;
  let forged: string;

  beforeAll(async () => {
    const admin = await signedInClient(baseUrl, demoEmails.secretariat);
    meetingId = (await discoverUpcomingMeeting(admin)).id;
    code = councilRsvpCodeForTestServer(meetingId, await userIdOnAdminPage(admin, demoEmails.council));
    forged = `${code.slice(0, -4)}AAAA`;
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('answers from the link signed out: the page asks, the click saves, a second click changes it', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    await page.goto(`${baseUrl}/council/rsvp?code=${encodeURIComponent(code)}&answer=not-coming`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Svar på invitationen');
    const group = page.getByRole('group', { name: 'Kommer du til mødet?' });
    // The link's answer comes first and is the main button.
    expect(await group.getByRole('button').allTextContents()).toEqual(['Jeg kommer ikke', 'Jeg kommer']);
    await group.getByRole('button', { name: 'Jeg kommer ikke' }).click();
    await page.getByRole('status').filter({ hasText: 'Dit svar er gemt: Du kommer ikke.' }).waitFor();
    await page.getByText('Du har svaret, at du ikke kommer.').waitFor();
    await group.getByRole('button', { name: 'Jeg kommer', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Dit svar er gemt: Du kommer.' }).waitFor();
    await page.getByText('Du har svaret, at du kommer.').waitFor();
    await page.context().close();
  });

  it('answers in the council area with the keyboard', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    await openWithSessionOf(page, baseUrl, demoEmails.council);
    await page.waitForURL(/\/council$/);
    const upcoming = page.getByRole('list', { name: 'Kommende møder, du kan svare på' });
    const notComing = upcoming.getByRole('button', { name: 'Jeg kommer ikke' }).first();
    await notComing.focus();
    await page.keyboard.press('Enter');
    await upcoming.getByRole('status').filter({ hasText: 'Dit svar er gemt: Du kommer ikke.' }).first().waitFor();
    await upcoming.getByText('Du har svaret, at du ikke kommer.').first().waitFor();
    await page.context().close();
  });

  it('has no axe violations on the new and changed pages, in Danish and English, at 1280 and 375 px', async () => {
    const visitor = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    const council = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    const admin = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    await openWithSessionOf(council, baseUrl, demoEmails.council);
    await openWithSessionOf(admin, baseUrl, demoEmails.secretariat);
    const rows: [Page, string][] = [
      [visitor, `/council/rsvp?code=${encodeURIComponent(code)}&answer=coming`],
      [visitor, `/council/rsvp?code=${encodeURIComponent(forged)}&answer=coming`],
      [council, '/council'],
      [council, '/council/statistics'],
      [admin, `/admin/meetings/${meetingId}/registrations`],
    ];
    const problems: string[] = [];
    for (const [page, path] of rows) {
      for (const prefix of ['', '/en']) {
        const response = await page.goto(`${baseUrl}${prefix}${path}`);
        expect(response?.status(), path).toBe(200);
        await page.waitForLoadState('networkidle', { timeout: 2_500 }).catch(() => {});
        problems.push(...(await problemsOn(page, `${prefix || '/da'}${path.split('?')[0]}${path.includes(forged) ? '-forged' : ''}`)));
      }
    }
    expect(problems).toEqual([]);
  });
});
