// The secretariat's meeting day in a real browser: accept a theme, create a meeting, schedule
// the theme on it, build a three-item agenda with the keyboard only, publish the meeting and
// see the agenda; then register a guest by hand on a phone-sized screen (attendance waits for the meeting's day). Every admin page visited passes axe.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, openWithSessionOf } from '../support/browser';

const baseUrl = inject('baseUrl');
const THEME = 'Inkubationsmiljøer for iværksættere og virksomheder i vækst';

async function expectNoAxeViolations(page: Page) {
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Adds one agenda item using only the keyboard: type, Tab between fields, Space, Enter. */
async function addItemWithKeyboard(page: Page, item: { title: string; minutes: string; kind: string; theme?: string; speakerTicks?: number }) {
  const form = page.getByRole('region', { name: 'Tilføj punkt' });
  await form.getByLabel('Titel').focus();
  await page.keyboard.type(item.title);
  await page.keyboard.press('Tab'); // duration
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(item.minutes);
  await page.keyboard.press('Tab'); // kind (select: typing picks the option)
  await page.keyboard.type(item.kind);
  await page.keyboard.press('Tab'); // theme
  if (item.theme) await page.keyboard.type(item.theme);
  await page.keyboard.press('Tab'); // description
  await page.keyboard.press('Tab'); // first speaker
  if (item.speakerTicks) await page.keyboard.press('Space');
  await page.keyboard.press('Shift+Tab'); // back to the description …
  await page.keyboard.press('Shift+Tab'); // … the theme …
  await page.keyboard.press('Shift+Tab'); // … the kind …
  await page.keyboard.press('Shift+Tab'); // … the duration …
  await page.keyboard.press('Enter'); // … and send the form from a text field
  await page.getByRole('region', { name: 'Punkter' }).getByText(item.title, { exact: true }).waitFor();
}

describe.skipIf(!hasChromium)('the agenda builder in a real browser', () => {
  let browser: Browser;
  let page: Page;
  const stamp = Date.now().toString(36);
  const title = `Netværksmøde ${stamp}`;
  let meetingUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(30_000);
    await openWithSessionOf(page, baseUrl, 'erhverv@albertslund.test');
    await page.waitForURL(/\/admin$/);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('accepts a theme after a rejection that needed a reason', async () => {
    // Searched for: other test files add themes, and the list shows 25 a page.
    await page.goto(`${baseUrl}/admin/themes?q=${encodeURIComponent(THEME)}`);
    await page.getByRole('link', { name: THEME, exact: true }).first().click();
    await page.waitForURL(/\/admin\/themes\/[0-9a-f-]+$/);
    await page.getByRole('button', { name: 'Afvis', exact: true }).click();
    await page.getByText('Skriv en begrundelse. Forslagsstilleren kan se den.').first().waitFor();
    await page.getByLabel(/Svar til forslagsstilleren/).fill('Vi venter til næste år.');
    await page.getByRole('button', { name: 'Afvis', exact: true }).click();
    await page.getByText('Temaet er afvist').waitFor();
    await page.getByRole('button', { name: 'Godkend', exact: true }).click();
    await page.getByText('Temaet er godkendt').waitFor();
    expect(await page.getByText('Godkendt', { exact: true }).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page);
  });

  it('creates a meeting, keeping what was typed when the end is before the start', async () => {
    await page.goto(`${baseUrl}/admin/meetings/new`);
    await page.getByLabel('Titel').fill(title);
    expect(await page.getByLabel('Adresse (slug)').inputValue()).toBe(`netvaerksmoede-${stamp}`);
    await page.getByLabel('Start').fill('2031-09-17T16:00');
    await page.getByLabel('Slut').fill('2031-09-17T15:00');
    await page.getByLabel(/Antal pladser/).fill('3');
    await page.getByRole('button', { name: 'Opret møde' }).click();
    await page.getByText('Mødet skal slutte efter, at det begynder.').first().waitFor();
    expect(await page.getByLabel('Titel').inputValue()).toBe(title);
    expect(await page.getByLabel(/Antal pladser/).inputValue()).toBe('3');
    await page.getByLabel('Slut').fill('2031-09-17T17:00');
    await page.getByRole('button', { name: 'Opret møde' }).click();
    await page.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}\?created=1$/);
    meetingUrl = page.url().replace(/\?.*$/, '');
    await expectNoAxeViolations(page);
  });

  it('schedules the accepted theme on the new meeting', async () => {
    // Searched for: other test files add themes, and the list shows 25 a page.
    await page.goto(`${baseUrl}/admin/themes?q=${encodeURIComponent(THEME)}`);
    await page.getByRole('link', { name: THEME, exact: true }).first().click();
    await page.getByLabel(new RegExp(`^${title}`)).check();
    await page.getByRole('button', { name: 'Gem møder' }).click();
    await page.getByText('Møderne for temaet er gemt.').waitFor();
  });

  it('builds a three-item agenda with the keyboard only and reorders it with the keyboard', async () => {
    await page.goto(`${meetingUrl}/agenda`);
    await addItemWithKeyboard(page, { title: 'Velkomst ved borgmesteren', minutes: '10', kind: 'Velkomst', speakerTicks: 1 });
    await addItemWithKeyboard(page, { title: 'Inkubatorer i Albertslund', minutes: '30', kind: 'Tema', theme: 'Inku' });
    await addItemWithKeyboard(page, { title: 'Kaffepause', minutes: '15', kind: 'Pause' });

    const list = page.getByRole('region', { name: 'Punkter' });
    const titles = () => list.locator('p[id^="item-title-"]').allTextContents();
    expect(await titles()).toEqual(['Velkomst ved borgmesteren', 'Inkubatorer i Albertslund', 'Kaffepause']);
    expect(await list.getByText('Tema: Inkubationsmiljøer').count()).toBe(1);

    // Move the break up with Enter, then up once more with Space: focus follows the item.
    await page.getByRole('button', { name: 'Flyt Kaffepause op' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Kaffepause er nu punkt 2 af 3.').waitFor({ state: 'attached' });
    await expect.poll(() => titles()).toEqual(['Velkomst ved borgmesteren', 'Kaffepause', 'Inkubatorer i Albertslund']);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toMatch(/^move-up-/);
    await page.keyboard.press('Tab'); // to "move down", then back: still the break's buttons
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Space');
    await expect.poll(() => titles()).toEqual(['Kaffepause', 'Velkomst ved borgmesteren', 'Inkubatorer i Albertslund']);
    await page.getByRole('button', { name: 'Flyt Kaffepause ned' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => titles()).toEqual(['Velkomst ved borgmesteren', 'Kaffepause', 'Inkubatorer i Albertslund']);

    const preview = page.getByTestId('agenda-preview');
    await expect.poll(() => preview.innerText()).toMatch(/16\.00–16\.10\s+Velkomst ved borgmesteren[\s\S]*16\.10–16\.25\s+Kaffepause[\s\S]*16\.25–16\.55\s+Inkubatorer i Albertslund/);
    expect(await page.getByText('I alt 55 min. Dagsordenen slutter kl. 16.55, 5 min før mødets slut kl. 17.00.').isVisible()).toBe(true);
    await screenshot(page, 'admin-agenda');
    await expectNoAxeViolations(page);
  });

  it('publishes the meeting and shows the agenda', async () => {
    await page.goto(meetingUrl);
    await page.getByRole('button', { name: 'Offentliggør mødet' }).click();
    await page.getByText('Mødet er offentliggjort og åbent for tilmelding.').waitFor();
    expect(await page.getByText('Offentliggjort', { exact: true }).first().isVisible()).toBe(true);

    const publicPage = await page.goto(`${baseUrl}/meetings/netvaerksmoede-${stamp}`);
    expect(publicPage?.status()).toBe(200);
    // The public programme: every item in the order set above, with the times computed from it.
    const agenda = page.locator('section[aria-labelledby="agenda"]');
    expect(await agenda.innerText()).toMatch(
      /16\.00–16\.10[\s\S]*?Velkomst ved borgmesteren[\s\S]*?16\.10–16\.25[\s\S]*?Kaffepause[\s\S]*?16\.25–16\.55[\s\S]*?Inkubatorer i Albertslund/,
    );
  });

  it('registers a guest by hand on a phone-sized screen; attendance waits for the meeting’s day', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${meetingUrl}/registrations`);
    const guest = `gaest-${stamp}@example.test`;
    await page.getByLabel('E-mail', { exact: true }).fill(guest);
    await page.getByLabel(/^Navn/).fill('Gitte Gæst');
    await page.getByLabel(/Kolleger med/).fill('1');
    await page.getByRole('button', { name: 'Tilmeld', exact: true }).click();
    await page.getByText('Personen er tilmeldt.').waitFor();
    // Every row's move button sends one of the list's two shared forms with its own registration.
    // (The name's visually hidden part is a separate text run, hence the pattern.)
    const toWaitlist = page.getByRole('button', { name: /^Flyt til venteliste\s*:\s*Gitte Gæst$/ });
    await toWaitlist.click();
    await page.getByText('Personen er flyttet bagerst på ventelisten.').waitFor();
    await page.getByRole('button', { name: /^Giv plads\s*:\s*Gitte Gæst$/ }).click();
    await page.getByText('Personen har fået plads.').waitFor();
    await toWaitlist.waitFor();
    // The meeting is years ahead: nobody can have turned up, so there is nothing to mark yet
    // (attendance itself is marked on the day in full-journey.test.ts).
    await page.getByText(/Fremmøde kan registreres fra mødedagen/).waitFor();
    expect(await page.getByRole('button', { name: 'Mødt: Gitte Gæst' }).count()).toBe(0);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(375);
    await screenshot(page, 'admin-attendance-375');
    await expectNoAxeViolations(page);
  });

  it('asks before deleting a speaker, then says it is done', async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/admin/speakers`);
    const name = `Lise Lys ${stamp}`;
    const add = page.getByRole('region', { name: 'Tilføj taler' });
    await add.getByLabel('Navn').fill(name);
    await add.getByLabel(/Organisation/).fill('Lysregionen');
    await add.getByLabel('Ekstern oplægsholder').check();
    await add.getByRole('button', { name: 'Tilføj taler' }).click();
    await page.getByText('Taleren er tilføjet.').waitFor();
    const entry = page.getByRole('listitem').filter({ hasText: name });
    await entry.getByText('Redigér').click();
    await entry.getByRole('button', { name: 'Slet taleren' }).click();
    await entry.getByText(`${name} slettes fra oversigten`).waitFor();
    await entry.getByRole('button', { name: 'Ja, slet taleren' }).click();
    await page.getByText('Taleren er slettet.').waitFor();
    // The message comes with the action's answer; the refreshed list follows right after.
    await expect.poll(() => page.getByText(name).count()).toBe(0);
  });

  it('passes axe and fits a phone on every admin list page', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/admin', '/admin/themes', '/admin/meetings', '/admin/speakers', '/admin/users', '/admin/audit']) {
      await page.goto(`${baseUrl}${path}`);
      expect(await page.locator('h1').count(), path).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      await expectNoAxeViolations(page);
    }
    await screenshot(page, 'admin-audit-375');
  });
});
