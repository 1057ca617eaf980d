// Inviting to the upcoming demo meeting in a real browser: the count follows the segment choice,
// the previews in both languages, a test to oneself, the confirmation that names the count,
// the live progress to the end, the history, and the emails in the development mailbox (the
// council member's with the answer links). Axe in Danish and English, at 1280 and 375 px.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoMeetingPath, hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { mailboxFor } from '../support/http-client';

const baseUrl = inject('baseUrl');

async function expectAccessible(page: Page) {
  // The previews are emails in sandboxed frames where no script may run, axe's included: the
  // page around them is checked (as for the development mailbox).
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe[data-email-preview]')
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const total = async (page: Page) => Number(await page.getByTestId('count-total').textContent());

describe.skipIf(!hasChromium)('inviting to a meeting', () => {
  let browser: Browser;
  let admin: Page;
  let invitationsUrl: string;
  let meetingTitle: string;
  let sentCount = 0;
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await (await browser.newContext()).newPage();
    await openWithSessionOf(admin, baseUrl, 'erhverv@albertslund.test');
    await admin.waitForURL(/\/admin$/);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('is reached from the admin meeting page and counts nothing until a segment is chosen', async () => {
    const publicPage = await browser.newPage();
    await publicPage.goto(`${baseUrl}${await demoMeetingPath(baseUrl)}`);
    meetingTitle = (await publicPage.getByRole('heading', { level: 1 }).textContent())!.trim();
    await publicPage.close();
    await admin.goto(`${baseUrl}/admin/meetings`);
    await admin.getByRole('link', { name: meetingTitle }).first().click();
    await admin.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}$/);
    await admin.getByRole('navigation', { name: 'Mødets sider' }).getByRole('link', { name: 'Invitationer' }).click();
    await admin.waitForURL(/\/invitations$/);
    invitationsUrl = admin.url();
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe(`Invitationer: ${meetingTitle}`);
    await admin.getByText('Vælg mindst ét segment for at se, hvor mange der modtager invitationen.').waitFor();
    expect(await admin.getByRole('button', { name: 'Send invitationen …' }).isDisabled()).toBe(true);
    await expectAccessible(admin);
  });

  it('updates the count as segments are ticked, each person once', async () => {
    await admin.getByRole('checkbox', { name: /Kommunalbestyrelsen/ }).check();
    await admin.waitForURL(/segment=council/);
    await admin.getByTestId('count-council').waitFor();
    expect(await admin.getByTestId('count-council').textContent()).toBe('1');
    expect(await total(admin)).toBe(1);

    await admin.getByRole('checkbox', { name: /tidligere møde/ }).check();
    await admin.waitForURL(/segment=earlier-attendees/);
    await admin.getByTestId('count-earlier-attendees').waitFor();
    const attendees = Number(await admin.getByTestId('count-earlier-attendees').textContent());
    expect(attendees).toBeGreaterThanOrEqual(2);
    expect(await total(admin)).toBe(attendees + 1);
    await expectAccessible(admin);
    await screenshot(admin, 'invitations-chosen');
    await admin.setViewportSize({ width: 375, height: 800 });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(admin);
    await screenshot(admin, 'invitations-chosen-375');
    await admin.setViewportSize({ width: 1280, height: 720 });
  });

  it('previews the email in Danish and English and sends a test to the admin alone', async () => {
    const da = admin.frameLocator('iframe[data-email-preview="da"]');
    const en = admin.frameLocator('iframe[data-email-preview="en"]');
    await da.getByText('Se mødet og tilmeld dig').waitFor();
    await en.getByText('See the meeting and register').waitFor();
    await da.getByRole('heading', { name: `Invitation til ${meetingTitle}` }).waitFor();
    await en.getByRole('heading', { name: `Invitation to ${meetingTitle}` }).waitFor();

    await admin.getByRole('button', { name: 'Send en test til mig' }).click();
    await admin.getByText('Testen er sendt til din e-mailadresse.').waitFor();
    const mine = await mailboxFor(baseUrl, 'erhverv@albertslund.test');
    expect(mine.filter((m) => m.subject.startsWith('[Test] Invitation:'))).toHaveLength(1);
    const council = await mailboxFor(baseUrl, 'byraad@albertslund.test');
    expect(council.filter((m) => m.subject.includes('Invitation'))).toHaveLength(0);
  });

  it('sends after a confirmation that names the count, and shows the progress to the end and the history', async () => {
    sentCount = await total(admin);
    await admin.getByRole('button', { name: 'Send invitationen …' }).click();
    expect(await admin.getByTestId('confirm-count').textContent()).toContain(`Send invitationen til ${sentCount} modtagere?`);
    await admin.getByRole('button', { name: 'Ja, send nu' }).click();
    await admin.getByText('Invitationen er sendt.').waitFor();
    await admin.getByText(`${sentCount} af ${sentCount} sendt · 0 fejlet · 0 venter`).waitFor({ timeout: 60_000 });
    await admin.getByText('Afsendelsen er færdig.').waitFor();
    expect(await admin.getByTestId('history-recipients').allTextContents()).toEqual([String(sentCount)]);
    // Everyone chosen is invited now: nobody new to send to.
    expect(await total(admin)).toBe(0);
    await admin.getByText('Ingen nye modtagere.').waitFor();
    await expectAccessible(admin);
    await screenshot(admin, 'invitations-sent');
  });

  it('delivers one invitation each, with the answer links for the council member only', async () => {
    const council = (await mailboxFor(baseUrl, 'byraad@albertslund.test')).filter((m) => m.kind === 'meeting-invitation');
    expect(council).toHaveLength(1);
    expect(council[0].links.filter((l) => l.includes('/council/rsvp?code='))).toHaveLength(2);
    const company = (await mailboxFor(baseUrl, 'direktoer@lysteknik.test')).filter((m) => m.kind === 'meeting-invitation');
    expect(company).toHaveLength(1);
    expect(company[0].text).toContain(meetingTitle);
    expect(company[0].links.some((l) => l.includes('/council/rsvp'))).toBe(false);
    expect(company[0].links.some((l) => /\/meetings\/moede-[0-9-]+$/.test(l))).toBe(true);
  });

  it('reads in English, accessibly, with the invitation already sent', async () => {
    await admin.goto(`${invitationsUrl.replace(baseUrl, `${baseUrl}/en`)}?segment=council`);
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe(`Invitations: ${meetingTitle}`);
    await admin.getByText('No new recipients.').waitFor();
    await admin.getByText(/1 already invited/).waitFor();
    await admin.getByRole('cell', { name: 'Everyone who attended an earlier meeting; The municipal council' }).waitFor();
    await expectAccessible(admin);
    await admin.setViewportSize({ width: 375, height: 800 });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(admin, 'invitations-en-375');
    await admin.setViewportSize({ width: 1280, height: 720 });
  });

  it('refuses a company user', async () => {
    const company = await (await browser.newContext()).newPage();
    await openWithSessionOf(company, baseUrl, 'direktoer@lysteknik.test');
    const response = await company.goto(invitationsUrl);
    expect(response?.status()).toBe(403);
    await company.close();
  });
});
