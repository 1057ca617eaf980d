// The whole mission in one run, as its people would do it, keyboard-only for the admin steps:
// a company signs in and proposes a theme; the secretariat accepts it, schedules it on a new
// meeting, builds the agenda with an external speaker and publishes; the company registers and
// gets the confirmation; after the meeting the secretariat marks attendance and dispatches the
// three follow-ups; the participant email arrives; a council member reads the briefing; a
// visitor reads the article, linked from the meeting page. Screenshots of every step are kept.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toLocalInputValue } from '@/lib/format/copenhagen-time';
import { hasChromium, launchBrowser, screenshot, signInWithBrowser } from '../support/browser';
import { mailboxFor } from '../support/http-client';
import { validCvr } from '../support/fixtures';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const companyEmail = `journey-${stamp}@virksomhed.test`;
const personName = `Jonna Rejse ${stamp}`;
const themeTitle = `Fælles ladestandere i erhvervsområderne ${stamp}`;
const meetingTitle = `Rejsemøde ${stamp}`;
const emailSubject = `Tak for rejsemødet ${stamp}`;
const articleTitle = `Ladestandere satte dagsordenen ${stamp}`;

/** Keyboard activation: focus the control and press Enter (buttons, links) or Space (checkboxes). */
const press = (target: Locator) => target.press('Enter');
const tick = (target: Locator) => target.press('Space');

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function waitForMail(email: string, match: (subject: string) => boolean) {
  for (let i = 0; i < 60; i++) {
    const found = (await mailboxFor(baseUrl, email)).find((m) => match(m.subject));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`no matching email for ${email}`);
}

describe.skipIf(!hasChromium)('the whole journey, from a proposed theme to the published article', () => {
  let browser: Browser;
  let company: Page;
  let admin: Page;
  let meetingUrl = '';
  let meetingSlug = '';
  // The meeting starts a few minutes from now: registration happens before it, follow-up after.
  const startsAt = new Date(Math.ceil((Date.now() + 5 * 60_000) / 60_000) * 60_000);

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await (await browser.newContext()).newPage();
    admin = await (await browser.newContext()).newPage();
    company.setDefaultTimeout(30_000);
    admin.setDefaultTimeout(30_000);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('1. a company signs in by email link, completes its profile and proposes a theme', async () => {
    await signInWithBrowser(company, baseUrl, companyEmail);
    await company.waitForURL(/\/portal/);
    await company.goto(`${baseUrl}/portal/profile`);
    await company.getByLabel('Dit navn').fill(personName);
    await company.getByLabel('CVR-nummer').fill(validCvr());
    await company.getByLabel('Virksomhedens navn').fill(`Rejse ApS ${stamp}`);
    await company.getByLabel('Antal ansatte').fill('12');
    await company.getByRole('button', { name: 'Gem og fortsæt' }).click();
    await company.waitForURL((url) => !url.pathname.endsWith('/profile'));

    await company.goto(`${baseUrl}/portal/themes/new`);
    await company.getByLabel('Titel').fill(themeTitle);
    await company.getByLabel('Beskrivelse').fill('Virksomhederne vil gerne dele ladestandere til varebiler og medarbejdernes elbiler.');
    await company.getByLabel('Kategori').selectOption('mobility');
    await company.getByRole('button', { name: 'Send forslaget' }).click();
    await company.getByText('Tak for dit forslag').waitFor();
    await screenshot(company, 'journey-01-theme-proposed');
  });

  it('2. the secretariat accepts the theme (keyboard only)', async () => {
    await signInWithBrowser(admin, baseUrl, 'erhverv@albertslund.test');
    await admin.waitForURL(/\/admin$/);
    await admin.goto(`${baseUrl}/admin/themes`);
    await press(admin.getByRole('link', { name: themeTitle, exact: true }));
    await admin.waitForURL(/\/admin\/themes\/[0-9a-f-]+$/);
    await press(admin.getByRole('button', { name: 'Godkend', exact: true }));
    await admin.getByText('Temaet er godkendt').waitFor();
    await expectAccessible(admin);
    await screenshot(admin, 'journey-02-theme-accepted');
    const decision = await waitForMail(companyEmail, () => true);
    expect(decision).toBeTruthy();
  });

  it('3. creates a meeting, schedules the theme on it and builds the agenda with an external speaker', async () => {
    await admin.goto(`${baseUrl}/admin/meetings/new`);
    await admin.getByLabel('Titel').fill(meetingTitle);
    await admin.getByLabel('Start').fill(toLocalInputValue(startsAt));
    await admin.getByLabel('Slut').fill(toLocalInputValue(new Date(startsAt.getTime() + 90 * 60_000)));
    await admin.getByLabel(/Antal pladser/).fill('30');
    await press(admin.getByRole('button', { name: 'Opret møde' }));
    await admin.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}\?created=1$/);
    meetingUrl = admin.url().replace(/\?.*$/, '');

    await admin.goto(`${baseUrl}/admin/themes`);
    await press(admin.getByRole('link', { name: themeTitle, exact: true }));
    await tick(admin.getByLabel(new RegExp(`^${meetingTitle}`)));
    await press(admin.getByRole('button', { name: 'Gem møder' }));
    await admin.getByText('Møderne for temaet er gemt.').waitFor();

    await admin.goto(`${meetingUrl}/agenda`);
    const form = admin.getByRole('region', { name: 'Tilføj punkt' });
    const items: { title: string; minutes: string; kind: string; theme?: string; external?: boolean }[] = [
      { title: 'Velkomst ved borgmesteren', minutes: '10', kind: 'welcome' },
      { title: 'Ladestandere: erfaringer fra Lysregionen', minutes: '40', kind: 'theme', theme: themeTitle, external: true },
      { title: 'Netværk', minutes: '30', kind: 'networking' },
    ];
    for (const item of items) {
      await form.getByLabel('Titel').fill(item.title);
      await form.getByLabel(/Varighed/).fill(item.minutes);
      await form.getByLabel('Type').selectOption(item.kind);
      if (item.theme) await form.getByLabel('Tema', { exact: true }).selectOption({ label: item.theme });
      if (item.external) await tick(form.getByRole('checkbox', { name: /Anne Birk \(demo\)/ }));
      await form.getByLabel('Titel').press('Enter');
      await admin.getByRole('region', { name: 'Punkter' }).getByText(item.title, { exact: true }).waitFor();
    }
    await expectAccessible(admin);
    await screenshot(admin, 'journey-03-agenda');
  });

  it('4. publishes the meeting, and the public page shows the agenda with the external speaker', async () => {
    await admin.goto(meetingUrl);
    await press(admin.getByRole('button', { name: 'Offentliggør mødet' }));
    await admin.getByText('Mødet er offentliggjort og åbent for tilmelding.').waitFor();
    meetingSlug = (await admin.getByLabel('Adresse (slug)').inputValue().catch(() => '')) || '';
    if (!meetingSlug) {
      const link = await admin.locator('a[href*="/meetings/"]').filter({ hasText: /offentlige side|public page/i }).first().getAttribute('href');
      meetingSlug = link?.split('/meetings/')[1] ?? '';
    }
    expect(meetingSlug).not.toBe('');
    const visitor = await browser.newPage();
    await visitor.goto(`${baseUrl}/meetings/${meetingSlug}`);
    await visitor.getByText('Ladestandere: erfaringer fra Lysregionen').waitFor();
    await visitor.getByText(/Anne Birk/).first().waitFor();
    await screenshot(visitor, 'journey-04-public-meeting');
    await visitor.close();
  });

  it('5. the company registers and gets the confirmation', async () => {
    await company.goto(`${baseUrl}/meetings/${meetingSlug}?register=1`);
    await company.getByRole('button', { name: 'Tilmeld mig' }).click();
    await company.getByText('Du er tilmeldt mødet.').waitFor();
    const confirmation = await waitForMail(companyEmail, (s) => s.startsWith('Du er tilmeldt:'));
    expect(confirmation.subject).toContain(meetingTitle);
    await screenshot(company, 'journey-05-registered');
  });

  it('6. after the meeting, the secretariat marks attendance', async () => {
    while (Date.now() < startsAt.getTime() + 1000) await new Promise((r) => setTimeout(r, 1000));
    await admin.goto(`${meetingUrl}/registrations`);
    const present = admin.getByRole('button', { name: `Mødt: ${personName}` });
    await press(present);
    await expect.poll(() => present.getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(admin);
    await screenshot(admin, 'journey-06-attendance');
  }, 420_000);

  it('7. dispatches the three follow-ups', async () => {
    await admin.goto(`${meetingUrl}/follow-up`);
    const followupUrl = admin.url();
    await press(admin.getByRole('link', { name: 'Orientering til Økonomiudvalget' }));
    await admin.waitForURL(/\/briefing$/);
    await press(admin.getByRole('button', { name: 'Send orienteringen …' }));
    await press(admin.getByRole('button', { name: 'Ja, send nu' }));
    await admin.getByText('Orienteringen er sendt og kan læses').waitFor();

    await admin.goto(`${followupUrl}/email`);
    await admin.getByText(/1 person får e-mailen|1 personer får e-mailen/).waitFor();
    await admin.getByLabel('Emne').fill(emailSubject);
    await admin.getByLabel('Tekst').fill('Kære deltager\n\nTak for **et godt møde** om ladestandere.');
    await press(admin.getByRole('button', { name: 'Send e-mailen …' }));
    await press(admin.getByRole('button', { name: 'Ja, send nu' }));
    await admin.getByText('1 af 1 sendt · 0 fejlet · 0 venter').waitFor({ timeout: 30_000 });

    await admin.goto(`${followupUrl}/article`);
    await admin.getByLabel('Titel').fill(articleTitle);
    await admin.getByLabel('Manchet').fill('Virksomhederne og borgmesteren drøftede fælles ladestandere.');
    await press(admin.getByRole('button', { name: 'Offentliggør artiklen …' }));
    await press(admin.getByRole('button', { name: 'Ja, offentliggør' }));
    await admin.getByText('Artiklen er offentliggjort.').waitFor();
    await admin.goto(followupUrl);
    await admin.getByText('Mødet er fulgt op: alle tre opfølgninger er sendt.').waitFor();
    await expectAccessible(admin);
    await screenshot(admin, 'journey-07-followed-up');
  });

  it('8. the participant email arrives, once', async () => {
    const mail = await waitForMail(companyEmail, (s) => s === emailSubject);
    expect(mail.text).toContain('Tak for et godt møde om ladestandere.');
    expect((await mailboxFor(baseUrl, companyEmail)).filter((m) => m.subject === emailSubject)).toHaveLength(1);
  });

  it('9. a council member reads the briefing', async () => {
    const notice = await waitForMail('byraad@albertslund.test', (s) => s.includes(meetingTitle));
    const link = notice.links.find((l) => l.includes('/council/briefings/'));
    expect(link).toBeTruthy();
    const council = await (await browser.newContext()).newPage();
    await signInWithBrowser(council, baseUrl, 'byraad@albertslund.test');
    await council.waitForURL(/\/council$/);
    await council.goto(link!);
    expect(await council.getByRole('heading', { level: 1 }).textContent()).toContain(meetingTitle);
    await expectAccessible(council);
    await screenshot(council, 'journey-09-briefing');
  });

  it('10. a visitor reads the article, linked from the meeting page', async () => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${baseUrl}/meetings/${meetingSlug}`);
    await visitor.getByRole('link', { name: new RegExp(articleTitle) }).click();
    await visitor.waitForURL(/\/articles\//);
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(articleTitle);
    await expectAccessible(visitor);
    await screenshot(visitor, 'journey-10-article');
  });
});
