// The reminder's "I can't come – release my seat" link in a real browser, signed out: opening it
// shows the meeting, the first name and a button and changes nothing; the click releases the seat
// (the waitlisted party moves up) and says so in a live region; opening it again says "already
// released". Axe-clean in Danish and English at 1280 and 375 px, with a forged link too. Making
// the attendee needs the app server's database, which only PostgreSQL lets a second process open.
import AxeBuilder from '@axe-core/playwright';
import postgres from 'postgres';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot } from '../support/browser';
import { releaseCodeForTestServer } from '../support/release-seat-code';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('appDatabaseUrl');
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
    await screenshot(page, `release-seat-${label}-${viewport.name}`);
  }
  await page.setViewportSize(VIEWPORTS[0]);
  return problems;
}

describe.skipIf(!hasChromium || !databaseUrl)('releasing a seat from the reminder link (PostgreSQL only)', () => {
  let browser: Browser;
  let sql: postgres.Sql;
  let code: string;
  let attendeeId: string;
  let waitingId: string;
  let meetingId: string;

  /** A company person with a registration; the trigger gives them their attendee row. */
  async function registered(meetingId: string, name: string, status: 'registered' | 'waitlisted') {
    const tag = Math.random().toString(36).slice(2, 8);
    const [user] = await sql<{ id: string }[]>`
      insert into users (id, email, name, role) values (gen_random_uuid()::text, ${`release-${tag}@firma.test`}, ${name}, 'company') returning id`;
    const [registration] = await sql<{ id: string }[]>`
      insert into registrations (meeting_id, user_id, status, waitlisted_at)
      values (${meetingId}, ${user.id}, ${status}, ${status === 'waitlisted' ? sql`now()` : null}) returning id`;
    const [attendee] = await sql<{ id: string; ticket_version: number }[]>`
      select id, ticket_version from attendees where registration_id = ${registration.id}`;
    return { registrationId: registration.id, attendee };
  }

  beforeAll(async () => {
    sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
    const tag = Math.random().toString(36).slice(2, 8);
    const [meeting] = await sql<{ id: string }[]>`
      insert into meetings (slug, title, place, address, status, starts_at, ends_at, capacity)
      values (${`frigiv-plads-${tag}`}, 'Erhvervsforum: grøn omstilling i Hersted', 'Albertslund Rådhus, Byrådssalen',
              'Nordmarks Allé 1, 2620 Albertslund', 'published', now() + interval '2 days', now() + interval '2 days 2 hours', 1)
      returning id`;
    meetingId = meeting.id;
    const holder = await registered(meeting.id, 'Anne Marie Hansen', 'registered');
    const waiting = await registered(meeting.id, 'Bo Venter', 'waitlisted');
    attendeeId = holder.attendee.id;
    waitingId = waiting.registrationId;
    code = releaseCodeForTestServer({ id: attendeeId, ticketVersion: holder.attendee.ticket_version });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    // The meeting two days out would otherwise be the next meeting for every test after this one.
    if (meetingId) await sql`update meetings set status = 'cancelled' where id = ${meetingId}`;
    await sql?.end();
  });

  const seatIsActive = async () => (await sql<{ c: Date | null }[]>`select cancelled_at as c from attendees where id = ${attendeeId}`)[0].c === null;
  const waitingStatus = async () => (await sql<{ s: string }[]>`select status as s from registrations where id = ${waitingId}`)[0].s;

  it('shows the page without changing anything, in both languages, axe-clean at 1280 and 375 px', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    const problems: string[] = [];
    for (const [prefix, title, button] of [
      ['', 'Kan du ikke komme?', 'Jeg kan ikke komme – frigiv min plads'],
      ['/en', "Can't come?", "I can't come – release my seat"],
    ] as const) {
      const response = await page.goto(`${baseUrl}${prefix}/release-seat?code=${encodeURIComponent(code)}`);
      expect(response?.status()).toBe(200);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(title);
      await page.getByRole('button', { name: button }).waitFor();
      expect(await page.getByText(prefix ? 'Hi Anne' : 'Hej Anne').count()).toBe(1);
      expect(await page.getByText('Hansen').count()).toBe(0);
      problems.push(...(await problemsOn(page, `open-${prefix ? 'en' : 'da'}`)));
    }
    // The language switch keeps the link's code: the English page still offers the button.
    await page.goto(`${baseUrl}/release-seat?code=${encodeURIComponent(code)}`);
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe("Can't come?");
    await page.getByRole('button', { name: "I can't come – release my seat" }).waitFor();
    expect(new URL(page.url()).searchParams.get('code')).toBe(code);
    // A HEAD (a mail scanner's check) changes nothing either.
    await fetch(`${baseUrl}/release-seat?code=${encodeURIComponent(code)}`, { method: 'HEAD' });
    expect(problems).toEqual([]);
    expect(await seatIsActive()).toBe(true);
    expect(await waitingStatus()).toBe('waitlisted');
    await page.context().close();
  });

  it('refuses a forged link with a clear message, axe-clean', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[0] })).newPage();
    const problems: string[] = [];
    for (const prefix of ['', '/en']) {
      await page.goto(`${baseUrl}${prefix}/release-seat?code=${encodeURIComponent(code.slice(0, -4) + 'AAAA')}`);
      await page.getByRole('alert').filter({ hasText: prefix ? 'The link is not valid' : 'Linket er ikke gyldigt' }).waitFor();
      expect(await page.getByRole('button').filter({ hasText: /frigiv|release/i }).count()).toBe(0);
      problems.push(...(await problemsOn(page, `forged-${prefix ? 'en' : 'da'}`)));
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('releases the seat with the click (keyboard), moves the waitlist up, and says "already released" after', async () => {
    const page = await (await browser.newContext({ viewport: VIEWPORTS[1] })).newPage();
    await page.goto(`${baseUrl}/release-seat?code=${encodeURIComponent(code)}`);
    const button = page.getByRole('button', { name: 'Jeg kan ikke komme – frigiv min plads' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Din plads er frigivet' }).waitFor();
    expect(await button.count()).toBe(0);
    await screenshot(page, 'release-seat-released-da-phone');
    expect(await seatIsActive()).toBe(false);
    expect(await waitingStatus()).toBe('registered');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Pladsen er frigivet');
    await page.getByText('Pladsen er allerede frigivet.').waitFor();
    const problems = await problemsOn(page, 'already-da');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
