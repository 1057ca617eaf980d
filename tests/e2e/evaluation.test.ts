// The evaluation link in a real browser, signed out: opening it shows the meeting and the two
// questions and saves nothing (nor does a scanner's HEAD); answering by keyboard alone saves the
// answer, opening again shows it, and a second answer replaces the first. A forged link gets a
// clear message and no form. Then the secretariat sees the results on the follow-up page without
// names and makes the suggestion a theme with one click. Axe-clean in Danish and English at 1280
// and 375 px. The meeting is made in the app server's database (PostgreSQL only) and deleted after.
import AxeBuilder from '@axe-core/playwright';
import postgres from 'postgres';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { evaluationCodeForTestServer } from '../support/evaluation-code';
import { pressEnterOn, tabTo, typeInto } from '../support/keyboard';
import { demoEmails } from '../support/matrix-sessions';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('appDatabaseUrl');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;
const SUGGESTION = 'Kompetencer og rekruttering i de små virksomheder';

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
    await screenshot(page, `evaluation-${label}-${viewport.name}`);
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return problems;
}

describe.skipIf(!hasChromium || !databaseUrl)('the evaluation after a meeting (PostgreSQL only)', () => {
  let browser: Browser;
  let sql: postgres.Sql;
  let meetingId: string;
  let attendeeId: string;
  let code: string;

  async function attended(meetingId: string, name: string) {
    const tag = Math.random().toString(36).slice(2, 8);
    const [user] = await sql<{ id: string }[]>`
      insert into users (id, email, name, role) values (gen_random_uuid()::text, ${`evaluering-${tag}@firma.test`}, ${name}, 'company') returning id`;
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (meeting_id, user_id, status, attended_at) values (${meetingId}, ${user.id}, 'attended', now() - interval '3 days') returning id`;
    const [attendee] = await sql<{ id: string }[]>`select id from attendees where registration_id = ${registration.id}`;
    return attendee.id;
  }

  const answers = () => sql<{ usefulness: number; suggestion: string | null }[]>`select usefulness, suggestion from evaluations where meeting_id = ${meetingId}`;

  beforeAll(async () => {
    sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    const tag = Math.random().toString(36).slice(2, 8);
    const [meeting] = await sql<{ id: string }[]>`
      insert into meetings (slug, title, place, address, status, starts_at, ends_at, capacity)
      values (${`evaluering-${tag}`}, 'Erhvervsforum: kompetencer i Hersted', 'Albertslund Rådhus, Byrådssalen',
              'Nordmarks Allé 1, 2620 Albertslund', 'published', now() - interval '3 days', now() - interval '3 days' + interval '2 hours', 40)
      returning id`;
    meetingId = meeting.id;
    attendeeId = await attended(meeting.id, 'Anne Marie Hansen');
    await attended(meeting.id, 'Bo Venter');
    code = evaluationCodeForTestServer(attendeeId);
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    // A held meeting would otherwise join the demo's statistics and follow-up lists for later tests.
    if (meetingId) {
      await sql`delete from themes where id in (select suggested_theme_id from evaluations where meeting_id = ${meetingId})`;
      await sql`delete from meetings where id = ${meetingId}`;
    }
    await sql?.end();
  });

  it('shows the meeting and the two questions without saving anything, in both languages, axe-clean', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    const problems: string[] = [];
    for (const [prefix, legend, label] of [
      ['', 'Hvor nyttigt var mødet for dig?', 'Hvad bør det næste møde tage op?'],
      ['/en', 'How useful was the meeting to you?', 'What should the next meeting take up?'],
    ] as const) {
      const response = await page.goto(`${baseUrl}${prefix}/evaluation?code=${encodeURIComponent(code)}`);
      expect(response?.status()).toBe(200);
      await page.getByRole('group', { name: legend }).waitFor();
      expect(await page.getByRole('radio').count()).toBe(5);
      await page.getByLabel(label).waitFor();
      await page.getByRole('heading', { name: 'Erhvervsforum: kompetencer i Hersted' }).waitFor();
      expect(await page.getByText('Hansen').count()).toBe(0);
      problems.push(...(await problemsOn(page, `open-${prefix ? 'en' : 'da'}`)));
    }
    // The language switch keeps the link's code: the English page still has the form.
    await page.goto(`${baseUrl}/evaluation?code=${encodeURIComponent(code)}`);
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await page.getByRole('group', { name: 'How useful was the meeting to you?' }).waitFor();
    expect(new URL(page.url()).searchParams.get('code')).toBe(code);
    await fetch(`${baseUrl}/evaluation?code=${encodeURIComponent(code)}`, { method: 'HEAD' });
    expect(problems).toEqual([]);
    expect(await answers()).toEqual([]);
    await page.context().close();
  });

  it('refuses a forged link with a clear message and no form, axe-clean', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    const problems: string[] = [];
    for (const prefix of ['', '/en']) {
      await page.goto(`${baseUrl}${prefix}/evaluation?code=${encodeURIComponent(code.slice(0, -4) + 'AAAA')}`);
      await page.getByRole('alert').filter({ hasText: prefix ? 'The link is not valid' : 'Linket er ikke gyldigt' }).waitFor();
      expect(await page.getByRole('radio').count()).toBe(0);
      expect(await page.locator('form textarea').count()).toBe(0);
      problems.push(...(await problemsOn(page, `forged-${prefix ? 'en' : 'da'}`)));
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('is answered with the keyboard alone, shows the saved answer, and a second answer replaces it', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[1] })).newPage();
    await page.goto(`${baseUrl}/evaluation?code=${encodeURIComponent(code)}`);
    // Sending without a choice is refused next to the question, keeping what was typed.
    await typeInto(page, page.getByLabel('Hvad bør det næste møde tage op?'), SUGGESTION);
    await pressEnterOn(page, page.getByRole('button', { name: 'Send svar' }));
    await page.getByText('Vælg en af mulighederne.').first().waitFor();
    expect(await page.getByLabel('Hvad bør det næste møde tage op?').inputValue()).toBe(SUGGESTION);
    expect(await answers()).toEqual([]);

    // Into the radio group with Tab, along it with the arrow keys: 1 → 4.
    await tabTo(page, page.getByRole('radio', { name: '1 – slet ikke' }));
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('radio', { name: '4' }).isChecked()).toBe(true);
    await pressEnterOn(page, page.getByRole('button', { name: 'Send svar' }));
    await page.getByText('Tak for dit svar. Det er gemt.').waitFor();
    // The submit's own message, not a second one saying the same.
    expect(await page.getByText('Tak – du har svaret').count()).toBe(0);
    await screenshot(page, 'evaluation-saved-da-phone');
    expect(await answers()).toEqual([{ usefulness: 4, suggestion: SUGGESTION }]);

    await page.reload();
    await page.getByText('Tak – du har svaret. Du kan ændre dit svar nedenfor.').waitFor();
    expect(await page.getByRole('radio', { name: '4' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Hvad bør det næste møde tage op?').inputValue()).toBe(SUGGESTION);
    expect(await problemsOn(page, 'answered-da')).toEqual([]);

    await tabTo(page, page.getByRole('radio', { name: '4' }));
    await page.keyboard.press('ArrowRight');
    await pressEnterOn(page, page.getByRole('button', { name: 'Gem ændret svar' }));
    await page.getByText('Tak. Dit ændrede svar er gemt og erstatter det forrige.').waitFor();
    expect(await answers()).toEqual([{ usefulness: 5, suggestion: SUGGESTION }]);
    await page.context().close();
  });

  it('shows the results without names on the follow-up page and makes the suggestion a theme once', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    await openWithSessionOf(page, baseUrl, 'erhverv@albertslund.test');
    await page.waitForURL(/\/admin$/);
    await page.goto(`${baseUrl}/admin/meetings/${meetingId}/follow-up`);
    const results = page.getByRole('region', { name: 'Evaluering' });
    await results.getByText('1 svar af 2 adspurgte').waitFor();
    await results.getByText('Gennemsnitlig nytte: 5,0 af 5').waitFor();
    await results.getByText(SUGGESTION).waitFor();
    expect(await results.getByText(/Hansen|Venter|firma\.test/).count()).toBe(0);
    expect(await problemsOn(page, 'results-admin')).toEqual([]);

    await pressEnterOn(page, results.getByRole('button', { name: 'Foreslå som tema' }));
    await results.getByRole('link', { name: 'Åbn temaet' }).waitFor();
    expect(await results.getByRole('button', { name: 'Foreslå som tema' }).count()).toBe(0);
    const made = await sql<{ title: string; status: string }[]>`
      select t.title, t.status from themes t join evaluations e on e.suggested_theme_id = t.id where e.meeting_id = ${meetingId}`;
    expect(made).toEqual([{ title: SUGGESTION, status: 'submitted' }]);
    await screenshot(page, 'evaluation-results-theme-made');

    // The briefing's draft shows the line to quote.
    await page.goto(`${baseUrl}/admin/meetings/${meetingId}/follow-up/briefing`);
    await page.getByText('Evaluering: 5,0 af 5 (1 svar)').waitFor();
    await page.context().close();
  });

  it('shows the council the average per meeting in its statistics', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[1] })).newPage();
    await openWithSessionOf(page, baseUrl, demoEmails.council);
    await page.goto(`${baseUrl}/council/statistics`);
    const section = page.getByRole('region', { name: 'Deltagernes evaluering' });
    const row = section.getByRole('row', { name: /Erhvervsforum: kompetencer i Hersted/ });
    expect(await row.getByRole('cell').allTextContents()).toEqual(['5,0', '1']);
    expect(await problemsOn(page, 'council-statistics')).toEqual([]);
    await page.context().close();
  });
});
