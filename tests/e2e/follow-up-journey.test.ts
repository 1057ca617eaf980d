// The follow-up journey in a real browser: the secretariat writes and dispatches all three
// follow-ups for the held demo meeting september-2015, the participant email is in the
// development mailbox, the council member reads the briefing, and the article is public.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, openWithSessionOf } from '../support/browser';
import { mailboxFor } from '../support/http-client';

const baseUrl = inject('baseUrl');
const subject = 'Tak for mødet i september (e2e)';
const articleTitle = 'Grøn vækst og Letbanen samlede virksomhederne (e2e)';

async function expectAccessible(page: Page) {
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe.skipIf(!hasChromium)('following up a held meeting', () => {
  let browser: Browser;
  let admin: Page;
  let followupUrl: string;
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await (await browser.newContext()).newPage();
    await openWithSessionOf(admin, baseUrl, 'erhverv@albertslund.test');
    await admin.waitForURL(/\/admin$/);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the checklist with nothing started yet', async () => {
    await admin.goto(`${baseUrl}/admin/meetings/september-2015/follow-up`);
    await admin.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}\/follow-up$/);
    followupUrl = admin.url();
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe('Opfølgning: Strategisk Erhvervsforum, september 2015');
    expect(await admin.getByText('Ikke startet').count()).toBe(3);
    await expectAccessible(admin);
  });

  it('writes the briefing from the meeting facts with its case fields, previews it and asks the chair for approval', async () => {
    await admin.getByRole('link', { name: 'Orientering til Økonomiudvalget' }).click();
    await admin.waitForURL(/\/briefing$/);
    const body = admin.getByLabel('Sagsfremstilling');
    expect(await body.inputValue()).toContain('Nye muligheder med Letbanen');
    expect(await body.inputValue()).toContain('2 virksomheder');
    await body.fill(`${await body.inputValue()}\n\n**Sekretariatet anbefaler et nyt møde om Letbanen.**`);
    await admin.getByRole('region', { name: 'Forhåndsvisning' }).getByText('Sekretariatet anbefaler et nyt møde om Letbanen.').waitFor();
    await admin.getByLabel('Sagsnummer (Acadre)').fill('00.01.00-A00-9-15');
    await admin.getByLabel('Resumé').fill('Forummet drøftede grøn vækst og Letbanen med 2 virksomheder.');
    await admin.getByLabel('Indstilling').fill('Det indstilles, at orienteringen tages til efterretning.');
    // Without the chair's approval it cannot be sent, and the page says why.
    await admin.getByText('Orienteringen kan først sendes, når formanden har godkendt den.').waitFor();
    expect(await admin.getByRole('button', { name: 'Send orienteringen …' }).isDisabled()).toBe(true);
    await expectAccessible(admin);
    await screenshot(admin, 'follow-up-briefing-editor');
    await admin.setViewportSize({ width: 375, height: 800 });
    expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await screenshot(admin, 'follow-up-briefing-editor-375');
    await admin.setViewportSize({ width: 1280, height: 720 });

    await admin.getByRole('button', { name: 'Gem og bed formanden om godkendelse' }).click();
    await admin.getByText('Formanden er bedt om at godkende orienteringen').waitFor();
    await admin.getByText('Formanden er bedt om at godkende denne tekst. Gemmer du ændringer').waitFor();
    await admin.goto(`${baseUrl}/admin`);
    await admin.getByRole('region', { name: 'Orienteringer til godkendelse' }).getByText('Afventer formanden siden').first().waitFor();
  });

  it('lets the chair approve it from the dashboard, after which the secretariat sends it', async () => {
    const request = (await mailboxFor(baseUrl, 'borgmester@albertslund.test')).find((m) => m.subject === 'Orientering til godkendelse: Strategisk Erhvervsforum, september 2015');
    expect(request?.links.some((l) => l.includes('/follow-up/briefing'))).toBe(true);
    const chair = await (await browser.newContext()).newPage();
    await openWithSessionOf(chair, baseUrl, 'borgmester@albertslund.test');
    await chair.waitForURL(/\/admin$/);
    const awaiting = chair.getByRole('region', { name: 'Afventer din godkendelse' });
    await expectAccessible(chair);
    await screenshot(chair, 'dashboard-chair-awaiting-approval');
    await awaiting.getByRole('link', { name: /september 2015/ }).first().click();
    await chair.waitForURL(/\/briefing$/);
    await chair.getByRole('heading', { name: 'Din godkendelse' }).waitFor();
    expect(await chair.getByText('Udkast – ikke godkendt').count()).toBeGreaterThan(0);
    await expectAccessible(chair);
    await screenshot(chair, 'follow-up-briefing-chair-decides');
    await chair.getByRole('button', { name: 'Godkend orienteringen' }).click();
    // The decision form gives way to where the approval stands.
    await chair.getByText(/^Godkendt af Steen Christiansen/).waitFor();
    await chair.close();

    await admin.goto(`${followupUrl}/briefing`);
    await admin.getByText(/^Godkendt af Steen Christiansen/).waitFor();
    await admin.getByRole('button', { name: 'Send orienteringen …' }).click();
    await admin.getByText('ét medlem får besked på e-mail').waitFor();
    await admin.getByRole('button', { name: 'Ja, send nu' }).click();
    await admin.getByText('Orienteringen er sendt og kan læses').waitFor();
    await admin.getByRole('cell', { name: 'Ikke læst endnu' }).waitFor();
  });

  it('writes the participant email, sends a test, and dispatches it to the two attendees', async () => {
    await admin.goto(`${followupUrl}/email`);
    await admin.getByText('2 personer får e-mailen (dem, der deltog i mødet).').waitFor();
    await admin.getByLabel('Emne').fill(subject);
    await admin.getByLabel('Tekst').fill('Kære deltager\n\nTak for **et godt møde** om grøn vækst.');
    await admin.getByRole('button', { name: 'Send en test til mig' }).click();
    await admin.getByText('Testen er sendt til din e-mailadresse.').waitFor();
    const tests = await mailboxFor(baseUrl, 'erhverv@albertslund.test');
    expect(tests.some((m) => m.subject === `[Test] ${subject}`)).toBe(true);

    await admin.getByRole('button', { name: 'Send e-mailen …' }).click();
    await admin.getByText('E-mailen sendes nu til 2 modtagere.').waitFor();
    await admin.getByRole('button', { name: 'Ja, send nu' }).click();
    await admin.getByText('2 af 2 sendt · 0 fejlet · 0 venter').waitFor({ timeout: 30_000 });
    await expectAccessible(admin);
    await screenshot(admin, 'follow-up-email-dispatched');
  });

  it('shows the participant email in the development mailbox, once per attendee', async () => {
    for (const email of ['direktoer@lysteknik.test', 'indkoeb@hersted-plast.test']) {
      const messages = (await mailboxFor(baseUrl, email)).filter((m) => m.subject === subject);
      expect(messages).toHaveLength(1);
      expect(messages[0].text).toContain('Tak for et godt møde om grøn vækst.');
    }
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/dev/mailbox?to=direktoer@lysteknik.test`);
    await page.getByText(subject).first().waitFor();
    await page.close();
  });

  it('publishes the article after confirming and marks the meeting followed up', async () => {
    await admin.goto(`${followupUrl}/article`);
    await admin.getByLabel('Titel').fill(articleTitle);
    await admin.getByLabel('Manchet').fill('Virksomheder fra hele Albertslund drøftede klimamål og Letbanen med borgmesteren.');
    await admin.getByRole('button', { name: 'Offentliggør artiklen …' }).click();
    await admin.getByRole('button', { name: 'Ja, offentliggør' }).click();
    await admin.getByText('Artiklen er offentliggjort.').waitFor();
    await admin.goto(followupUrl);
    await admin.getByText('Mødet er fulgt op: alle tre opfølgninger er sendt.').waitFor();
    await screenshot(admin, 'follow-up-checklist-done');
  });

  it('lets the council member open the briefing from the notice, read and print it', async () => {
    const notice = (await mailboxFor(baseUrl, 'byraad@albertslund.test')).find((m) => m.subject.includes('september 2015'));
    const link = notice?.links.find((l) => l.includes('/council/briefings/'));
    expect(link).toBeTruthy();
    expect(notice!.text).not.toContain('Sekretariatet anbefaler');

    const council = await (await browser.newContext()).newPage();
    await openWithSessionOf(council, baseUrl, 'byraad@albertslund.test');
    await council.waitForURL(/\/council$/);
    const item = council.getByRole('listitem').filter({ hasText: 'september 2015' });
    await item.getByText('Ulæst').waitFor();
    await council.goto(link!);
    await council.getByText('Sekretariatet anbefaler et nyt møde om Letbanen.').waitFor();
    // In municipal form, signed by the chair who approved it.
    await council.getByText('Sagsnr. 00.01.00-A00-9-15').waitFor();
    await council.getByRole('heading', { name: 'Resumé' }).waitFor();
    await council.getByRole('heading', { name: 'Indstilling' }).waitFor();
    expect(await council.locator('[data-signature]').textContent()).toContain('Steen Christiansen');
    expect(await council.getByRole('heading', { level: 1 }).textContent()).toContain('september 2015');
    await council.getByRole('button', { name: 'Udskriv' }).waitFor();
    await expectAccessible(council);
    await council.emulateMedia({ media: 'print' });
    await screenshot(council, 'council-briefing-print');
    expect(await council.locator('header[data-site-header]').isVisible()).toBe(false);
    await council.emulateMedia({ media: 'screen' });

    await council.goto(`${baseUrl}/council`);
    expect(await council.getByRole('listitem').filter({ hasText: 'september 2015' }).getByText('Ulæst').count()).toBe(0);
    await council.goto(`${baseUrl}/council/statistics`);
    await expectAccessible(council);
    await screenshot(council, 'council-statistics');
    // At 375 px the page does not scroll sideways; only the charts themselves may.
    await council.setViewportSize({ width: 375, height: 800 });
    expect(await council.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(council);
    await screenshot(council, 'council-statistics-375');

    await admin.goto(`${followupUrl}/briefing`);
    await admin.getByText('1 af 1 har læst orienteringen.').waitFor();
  });

  it('shows the article on the public site: the list, its page, the home page and the feed', async () => {
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${baseUrl}/articles`);
    await visitor.getByRole('link', { name: articleTitle }).click();
    await visitor.waitForURL(/\/articles\/groen-vaekst-og-letbanen/);
    expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(articleTitle);
    await visitor.getByText('Virksomheder fra hele Albertslund drøftede klimamål').waitFor();
    await expectAccessible(visitor);
    await screenshot(visitor, 'public-article');
    await visitor.goto(baseUrl);
    await visitor.getByRole('link', { name: articleTitle }).waitFor();
    const feed = await (await fetch(`${baseUrl}/feeds/articles.xml`)).text();
    expect(feed).toContain(articleTitle);
  });
});
