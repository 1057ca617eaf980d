// The whole mission in one test, as its people would do it, on the app server's freshly migrated
// database: a company signs in by email link, completes its profile and proposes a theme; the
// secretariat accepts it, schedules it on a new meeting, builds the agenda with an external
// speaker and publishes; the company registers and gets the confirmation; once the meeting has
// started the secretariat marks attendance and dispatches the three follow-ups; the participant
// email arrives; a council member reads the briefing; a visitor reads the article, linked from
// the meeting page. The secretariat works with the keyboard only (Tab, Enter, Space, typing).
// Every step leaves a screenshot in tests/artifacts (journey-NN-*.png).
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { toLocalInputValue } from '@/lib/format/copenhagen-time';
import { artifactsDir, hasChromium, launchBrowser, screenshot, signInWithBrowser } from '../support/browser';
import { validCvr } from '../support/fixtures';
import { mailboxFor, type MailboxMessage } from '../support/http-client';
import { chooseByTyping, pressEnterOn, pressSpaceOn, tabTo, typeInto } from '../support/keyboard';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const companyEmail = `rejse-${stamp}@virksomhed.test`;
const personName = `Jonna Rejse ${stamp}`;
const themeTitle = `Fælles ladestandere i erhvervsområderne ${stamp}`;
const meetingTitle = `Rejsemøde om ladestandere ${stamp}`;
const agenda = [
  { title: `Velkomst ved borgmesteren ${stamp}`, minutes: '10', kind: 'Velkomst' },
  { title: `Ladestandere: erfaringer fra Lysregionen ${stamp}`, minutes: '40', kind: 'Tema', theme: themeTitle, externalSpeaker: 'Anne Birk (demo)' },
  { title: `Kaffe og snak på tværs ${stamp}`, minutes: '30', kind: 'Netværk' },
];
const emailSubject = `Tak for rejsemødet ${stamp}`;
const articleTitle = `Ladestandere satte dagsordenen ${stamp}`;

/**
 * How far ahead the meeting starts: the company registers before it and the secretariat follows
 * up after it, at real times (registration closes at the start, follow-ups open then). The steps
 * before the registration take 10–20 s here; the rest is waiting.
 */
const LEAD_MS = 60_000;

async function waitForMail(email: string, match: (m: MailboxMessage) => boolean, what: string) {
  for (let i = 0; i < 120; i++) {
    const found = (await mailboxFor(baseUrl, email)).find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${email} got no ${what}`);
}

/** Runs one step of the journey, naming it in any failure, and screenshots the page it ends on. */
async function step(name: string, page: () => Page, body: () => Promise<void>) {
  const started = Date.now();
  try {
    await body();
  } catch (error) {
    await screenshot(page(), `journey-${name}-FAILED`).catch(() => {});
    throw new Error(`journey step ${name} failed: ${(error as Error).message}`, { cause: error });
  }
  await screenshot(page(), `journey-${name}`);
  console.log(`[journey] ${name} ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

describe.skipIf(!hasChromium)('the whole journey, from a proposed theme to the published article', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
    console.log(`[journey] screenshots in ${artifactsDir}`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('takes a company’s theme to a held, followed-up meeting and its public article', async () => {
    const company = await (await browser.newContext()).newPage();
    const admin = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    const council = await (await browser.newContext()).newPage();
    const visitor = await (await browser.newContext()).newPage();
    for (const p of [company, admin, council, visitor]) p.setDefaultTimeout(30_000);
    const adminForm = (name: string) => admin.getByRole('region', { name });
    let meetingUrl = '';
    let meetingPath = '';
    let startsAt = new Date();

    await step('01-company-signed-in', () => company, async () => {
      await signInWithBrowser(company, baseUrl, companyEmail);
      await company.waitForURL(/\/portal/);
    });

    await step('02-company-profile', () => company, async () => {
      await company.goto(`${baseUrl}/portal/profile`);
      await company.getByLabel('Dit navn').fill(personName);
      await company.getByLabel('CVR-nummer').fill(validCvr());
      await company.getByLabel('Virksomhedens navn').fill(`Rejse El ApS ${stamp}`);
      await company.getByLabel('Antal ansatte').fill('12');
      await company.getByRole('button', { name: 'Gem og fortsæt' }).click();
      await company.waitForURL((url) => !url.pathname.endsWith('/profile'));
    });

    await step('03-theme-proposed', () => company, async () => {
      await company.goto(`${baseUrl}/portal/themes/new`);
      await company.getByLabel('Titel').fill(themeTitle);
      await company.getByLabel('Beskrivelse').fill('Virksomhederne vil gerne dele ladestandere til varebiler og medarbejdernes elbiler.');
      await company.getByLabel('Kategori').selectOption('mobility');
      await company.getByRole('button', { name: 'Send forslaget' }).click();
      await company.getByText('Tak for dit forslag').waitFor();
      await company.getByRole('region', { name: 'Mine temaer' }).getByText(themeTitle, { exact: true }).waitFor();
    });

    await step('04-theme-accepted', () => admin, async () => {
      await signInWithBrowser(admin, baseUrl, 'erhverv@albertslund.test');
      await admin.waitForURL(/\/admin$/);
      // Searched for, as the secretariat would: other test files add themes, and lists are paged.
      await admin.goto(`${baseUrl}/admin/themes?q=${encodeURIComponent(themeTitle)}`);
      await pressEnterOn(admin, admin.getByRole('link', { name: themeTitle, exact: true }).first());
      await admin.waitForURL(/\/admin\/themes\/[0-9a-f-]{36}$/);
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Godkend', exact: true }));
      await admin.getByText('Temaet er godkendt').waitFor();
      await waitForMail(companyEmail, (m) => m.subject === `Dit tema er godkendt: ${themeTitle}`, 'acceptance email');
    });

    await step('05-meeting-created', () => admin, async () => {
      // Minute precision (the form's), rounded up so that the lead is at least LEAD_MS.
      startsAt = new Date(Math.ceil((Date.now() + LEAD_MS) / 60_000) * 60_000);
      await admin.goto(`${baseUrl}/admin/meetings/new`);
      await typeInto(admin, admin.getByLabel('Titel'), meetingTitle);
      // A date-time field is typed segment by segment in the browser's own format; fill sets the
      // same value after the field has been reached with Tab.
      await tabTo(admin, admin.getByLabel('Start'));
      await admin.getByLabel('Start').fill(toLocalInputValue(startsAt));
      await tabTo(admin, admin.getByLabel('Slut'));
      await admin.getByLabel('Slut').fill(toLocalInputValue(new Date(startsAt.getTime() + 90 * 60_000)));
      await typeInto(admin, admin.getByLabel(/Antal pladser/), '30');
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Opret møde' }));
      await admin.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}\?created=1$/);
      meetingUrl = admin.url().replace(/\?.*$/, '');
    });

    await step('06-theme-scheduled', () => admin, async () => {
      // Searched for, as the secretariat would: other test files add themes, and lists are paged.
      await admin.goto(`${baseUrl}/admin/themes?q=${encodeURIComponent(themeTitle)}`);
      await pressEnterOn(admin, admin.getByRole('link', { name: themeTitle, exact: true }).first());
      await admin.waitForURL(/\/admin\/themes\/[0-9a-f-]{36}$/);
      await pressSpaceOn(admin, admin.getByRole('checkbox', { name: new RegExp(`^${meetingTitle}`) }));
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Gem møder' }));
      await admin.getByText('Møderne for temaet er gemt.').waitFor();
    });

    await step('07-agenda-built', () => admin, async () => {
      await admin.goto(`${meetingUrl}/agenda`);
      const form = adminForm('Tilføj punkt');
      const list = adminForm('Punkter');
      for (const item of agenda) {
        await typeInto(admin, form.getByLabel('Titel'), item.title);
        await typeInto(admin, form.getByLabel(/^Varighed/), item.minutes);
        await chooseByTyping(admin, form.getByLabel('Type'), item.kind);
        if (item.theme) {
          await chooseByTyping(admin, form.getByLabel(/^Tema/), item.theme);
          expect(await form.getByLabel(/^Tema/).evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text)).toBe(item.theme);
        }
        if (item.externalSpeaker) await pressSpaceOn(admin, form.getByRole('checkbox', { name: item.externalSpeaker }));
        await pressEnterOn(admin, form.getByRole('button', { name: 'Tilføj punkt' }));
        await list.getByText(item.title, { exact: true }).waitFor();
      }
      expect(await list.locator('p[id^="item-title-"]').allTextContents()).toEqual(agenda.map((i) => i.title));
    });

    await step('08-meeting-published', () => admin, async () => {
      await admin.goto(meetingUrl);
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Offentliggør mødet' }));
      await admin.getByText('Mødet er offentliggjort og åbent for tilmelding.').waitFor();
      const publicLink = admin.getByRole('link', { name: 'Offentlig side' });
      meetingPath = new URL((await publicLink.getAttribute('href'))!, baseUrl).pathname;
      expect(meetingPath).toMatch(/^\/meetings\/[a-z0-9-]+$/);
    });

    await step('09-public-meeting', () => visitor, async () => {
      await visitor.goto(`${baseUrl}${meetingPath}`);
      expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(meetingTitle);
      for (const item of agenda) await visitor.getByText(item.title).first().waitFor();
      await visitor.getByText(/Anne Birk \(demo\)/).first().waitFor();
    });

    await step('10-company-registered', () => company, async () => {
      expect(Date.now(), 'the steps before the registration took longer than the meeting’s lead').toBeLessThan(startsAt.getTime() - 5_000);
      await company.goto(`${baseUrl}${meetingPath}?register=1`);
      await company.getByRole('button', { name: 'Tilmeld mig' }).click();
      await company.getByText('Du er tilmeldt mødet.').waitFor();
      const confirmation = await waitForMail(companyEmail, (m) => m.kind === 'registration-confirmed', 'registration confirmation');
      expect(confirmation.subject).toBe(`Du er tilmeldt: ${meetingTitle}`);
    });

    // The meeting starts: registration closes and the follow-ups open, at real times.
    const wait = startsAt.getTime() + 1_000 - Date.now();
    console.log(`[journey] waiting ${(wait / 1000).toFixed(0)} s for the meeting to start`);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));

    await step('11-attendance-marked', () => admin, async () => {
      await admin.goto(`${meetingUrl}/registrations`);
      const present = admin.getByRole('button', { name: `Mødt: ${personName}` });
      await pressEnterOn(admin, present);
      await expect.poll(() => present.getAttribute('aria-pressed')).toBe('true');
      await expect
        .poll(async () => {
          await admin.reload();
          return admin.getByRole('button', { name: `Mødt: ${personName}` }).getAttribute('aria-pressed');
        }, { timeout: 20_000 })
        .toBe('true');
    });

    let followupUrl = '';
    await step('12-briefing-approval-requested', () => admin, async () => {
      await admin.goto(`${meetingUrl}/follow-up`);
      followupUrl = admin.url();
      await pressEnterOn(admin, admin.getByRole('link', { name: 'Orientering til Økonomiudvalget' }));
      await admin.waitForURL(/\/briefing$/);
      expect(await admin.getByLabel('Sagsfremstilling').inputValue()).toContain(themeTitle);
      // Not approved yet: the page says why it cannot be sent.
      await admin.getByText('Orienteringen kan først sendes, når formanden har godkendt den.').waitFor();
      await typeInto(admin, admin.getByLabel('Sagsnummer (Acadre)'), '00.01.00-A00-3-25');
      await typeInto(admin, admin.getByLabel('Resumé'), `Virksomhederne drøftede ${themeTitle}.`);
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Gem og bed formanden om godkendelse' }));
      await admin.getByText('Formanden er bedt om at godkende orienteringen').waitFor();
    });

    const chair = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await step('12-briefing-approved-by-chair', () => chair, async () => {
      await waitForMail('borgmester@albertslund.test', (m) => m.subject === `Orientering til godkendelse: ${meetingTitle}`, 'approval request');
      await signInWithBrowser(chair, baseUrl, 'borgmester@albertslund.test');
      await chair.waitForURL(/\/admin$/);
      const awaiting = chair.getByRole('region', { name: 'Afventer din godkendelse' });
      await pressEnterOn(chair, awaiting.getByRole('link', { name: meetingTitle }));
      await chair.waitForURL(/\/briefing$/);
      await chair.getByText(`Virksomhederne drøftede ${themeTitle}.`).first().waitFor();
      await pressEnterOn(chair, chair.getByRole('button', { name: 'Godkend orienteringen' }));
      await chair.getByText(/^Godkendt af Steen Christiansen/).waitFor();
    });

    await step('12-briefing-dispatched', () => admin, async () => {
      await waitForMail('erhverv@albertslund.test', (m) => m.subject === `Orienteringen er godkendt: ${meetingTitle}`, 'approval decided');
      await admin.reload();
      await admin.getByText(/^Godkendt af Steen Christiansen/).waitFor();
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Send orienteringen …' }));
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Ja, send nu' }));
      await admin.getByText('Orienteringen er sendt og kan læses').waitFor();
    });

    await step('13-participant-email-dispatched', () => admin, async () => {
      await admin.goto(`${followupUrl}/email`);
      await admin.getByText(/^Én person får e-mailen/).waitFor();
      await typeInto(admin, admin.getByLabel('Emne'), emailSubject);
      await typeInto(admin, admin.getByLabel('Tekst'), 'Kære deltager\n\nTak for **et godt møde** om ladestandere.');
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Send e-mailen …' }));
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Ja, send nu' }));
      await admin.getByText('1 af 1 sendt · 0 fejlet · 0 venter').waitFor({ timeout: 60_000 });
    });

    await step('14-article-published', () => admin, async () => {
      await admin.goto(`${followupUrl}/article`);
      await typeInto(admin, admin.getByLabel('Titel'), articleTitle);
      await typeInto(admin, admin.getByLabel('Manchet'), 'Virksomhederne og borgmesteren drøftede fælles ladestandere.');
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Offentliggør artiklen …' }));
      await pressEnterOn(admin, admin.getByRole('button', { name: 'Ja, offentliggør' }));
      await admin.getByText('Artiklen er offentliggjort.').waitFor();
      await admin.goto(followupUrl);
      await admin.getByText('Mødet er fulgt op: alle tre opfølgninger er sendt.').waitFor();
    });

    await step('15-participant-email-arrived', () => company, async () => {
      await waitForMail(companyEmail, (m) => m.subject === emailSubject, 'participant email');
      const received = (await mailboxFor(baseUrl, companyEmail)).filter((m) => m.subject === emailSubject);
      expect(received).toHaveLength(1);
      expect(received[0].text).toContain('Tak for et godt møde om ladestandere.');
      await company.goto(`${baseUrl}/dev/mailbox?to=${encodeURIComponent(companyEmail)}`);
      await company.getByRole('heading', { name: emailSubject }).waitFor();
    });

    await step('16-council-reads-briefing', () => council, async () => {
      const notice = await waitForMail('byraad@albertslund.test', (m) => m.subject.includes(meetingTitle), 'briefing notice');
      const link = notice.links.find((l) => l.includes('/council/briefings/'));
      expect(link).toBeTruthy();
      await signInWithBrowser(council, baseUrl, 'byraad@albertslund.test');
      await council.waitForURL(/\/council$/);
      await council.getByRole('listitem').filter({ hasText: meetingTitle }).getByText('Ulæst').waitFor();
      await council.goto(link!);
      expect(await council.getByRole('heading', { level: 1 }).textContent()).toContain(meetingTitle);
      await council.getByText(themeTitle).first().waitFor();
      await admin.goto(`${followupUrl}/briefing`);
      await admin.getByText('1 af 1 har læst orienteringen.').waitFor();
    });

    await step('17-visitor-reads-article', () => visitor, async () => {
      await visitor.goto(`${baseUrl}${meetingPath}`);
      const articleLink: Locator = visitor.getByRole('link', { name: articleTitle, exact: true });
      await articleLink.click();
      await visitor.waitForURL(/\/articles\/[a-z0-9-]+$/);
      expect(await visitor.getByRole('heading', { level: 1 }).textContent()).toBe(articleTitle);
      await visitor.getByText('Virksomhederne og borgmesteren drøftede fælles ladestandere.').first().waitFor();
    });
  }, 10 * 60_000);
});
