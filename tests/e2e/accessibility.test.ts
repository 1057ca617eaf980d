// Every page the full journey visits, in Danish and English, at a desktop (1280×800) and a phone
// (375×812) size: axe finds no WCAG 2.1 A/AA violation, the page has one h1, and at phone size
// nothing makes the page scroll sideways (long Danish words in headings wrap).
// The pages are one table: add a row to check another page. Each role signs in once.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, openWithSessionOf } from '../support/browser';

const baseUrl = inject('baseUrl');

type Role = 'visitor' | 'company' | 'secretariat' | 'chair' | 'council';
/** A page to check. `{name}` in the path is filled from the demo data (see `resolveIds`). */
type PageRow = { path: string; role: Role };

const PAGES: PageRow[] = [
  // public
  { path: '/', role: 'visitor' },
  { path: '/meetings', role: 'visitor' },
  { path: '/meetings/{upcomingSlug}', role: 'visitor' },
  { path: '/meetings/oktober-2014', role: 'visitor' },
  { path: '/themes', role: 'visitor' },
  { path: '/articles', role: 'visitor' },
  { path: '/articles/oktober-2014-virksomhederne-satte-dagsordenen', role: 'visitor' },
  { path: '/meetings/{upcomingSlug}?register=1', role: 'company' },
  // sign-in
  { path: '/signin', role: 'visitor' },
  { path: '/signin/check-email', role: 'visitor' },
  { path: '/signin/confirm?token=0123456789abcdef&email=ny%40virksomhed.test', role: 'visitor' },
  { path: '/signin/error?error=Verification', role: 'visitor' },
  // the development mailbox, with each email's HTML in a sandboxed frame
  { path: '/dev/mailbox', role: 'visitor' },
  // company portal
  { path: '/portal', role: 'company' },
  { path: '/portal/profile', role: 'company' },
  { path: '/portal/company', role: 'company' },
  { path: '/portal/themes/new', role: 'company' },
  // admin (the secretariat)
  { path: '/admin', role: 'secretariat' },
  // The chair's own view: the dashboard and the briefing editor with the approval.
  { path: '/admin', role: 'chair' },
  { path: '/admin/meetings/{heldId}/follow-up/briefing', role: 'chair' },
  { path: '/admin/meetings/{heldId}/follow-up/briefing/print', role: 'secretariat' },
  { path: '/admin/themes', role: 'secretariat' },
  { path: '/admin/companies', role: 'secretariat' },
  { path: '/admin/companies/24256790', role: 'secretariat' },
  { path: '/admin/themes/{themeId}', role: 'secretariat' },
  { path: '/admin/themes/{longWordThemeId}', role: 'secretariat' },
  { path: '/admin/meetings', role: 'secretariat' },
  { path: '/admin/emails', role: 'secretariat' },
  { path: '/admin/meetings/new', role: 'secretariat' },
  { path: '/admin/meetings/{draftId}', role: 'secretariat' },
  { path: '/admin/meetings/{draftId}/agenda', role: 'secretariat' },
  { path: '/admin/meetings/{upcomingId}', role: 'secretariat' },
  { path: '/admin/meetings/{upcomingId}/agenda', role: 'secretariat' },
  { path: '/admin/meetings/{heldId}/registrations', role: 'secretariat' },
  { path: '/admin/meetings/{heldId}/follow-up', role: 'secretariat' },
  { path: '/admin/meetings/{heldId}/follow-up/briefing', role: 'secretariat' },
  { path: '/admin/meetings/{heldId}/follow-up/email', role: 'secretariat' },
  { path: '/admin/meetings/{heldId}/follow-up/article', role: 'secretariat' },
  // council
  { path: '/council', role: 'council' },
  { path: '/council/briefings/{briefingId}', role: 'council' },
  { path: '/council/statistics', role: 'council' },
];

/** A theme whose title holds a long Danish compound word: its heading must wrap on a phone. */
const LONG_WORD_THEME = `Klimatilpasningsinvesteringsprogrammerne i erhvervsområderne ${Date.now().toString(36)}`;

const ROLE_EMAILS: Record<Exclude<Role, 'visitor'>, string> = {
  company: 'direktoer@lysteknik.test',
  secretariat: 'erhverv@albertslund.test',
  chair: 'borgmester@albertslund.test',
  council: 'byraad@albertslund.test',
};
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;
const LOCALES = [
  { locale: 'da', prefix: '' },
  { locale: 'en', prefix: '/en' },
] as const;

async function axeViolations(page: Page) {
  // The development mailbox's previews are emails in sandboxed frames where no script may run,
  // axe's included: the page around them is checked, the emails are not our pages.
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('iframe[data-email-preview]')
    .analyze();
  return violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The first href on `page` matching `pattern`, its first group. */
async function firstLinkMatch(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const found = hrefs.map((h) => pattern.exec(h)?.[1]).find(Boolean);
  if (!found) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return found;
}

async function proposeLongWordTheme(company: Page) {
  await company.goto(`${baseUrl}/portal/themes/new`);
  await company.getByLabel('Titel').fill(LONG_WORD_THEME);
  await company.getByLabel('Beskrivelse').fill('Hvordan kan virksomhederne og kommunen dele udgifterne til klimatilpasning?');
  await company.getByLabel('Kategori').selectOption('green_growth');
  await company.getByRole('button', { name: 'Send forslaget' }).click();
  await company.getByText('Tak for dit forslag').waitFor();
}

/** A new meeting, not yet published, as the journey has it before publishing. */
async function createDraftMeeting(admin: Page) {
  await admin.goto(`${baseUrl}/admin/meetings/new`);
  await admin.getByLabel('Titel').fill(`Kladdemøde ${Date.now().toString(36)}`);
  await admin.getByLabel('Start').fill('2031-09-17T16:00');
  await admin.getByLabel('Slut').fill('2031-09-17T18:00');
  await admin.getByRole('button', { name: 'Opret møde' }).click();
  await admin.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}\?created=1$/);
  return /meetings\/([0-9a-f-]{36})/.exec(admin.url())![1];
}

describe.skipIf(!hasChromium)('accessibility of every page the journey visits', () => {
  let browser: Browser;
  const pages = {} as Record<Role, Page>;
  const ids: Record<string, string> = {};

  /** Ids of demo records the table's paths need, read the way a person would find them. */
  async function resolveIds() {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    ids.upcomingSlug = /\/meetings\/(moede-[0-9-]+)</.exec(sitemap)?.[1] ?? '';
    const admin = pages.secretariat;
    await admin.goto(`${baseUrl}/admin/meetings/september-2015/follow-up`);
    await admin.waitForURL(/\/admin\/meetings\/[0-9a-f-]{36}\/follow-up$/);
    ids.heldId = /meetings\/([0-9a-f-]{36})/.exec(admin.url())![1];
    await admin.goto(`${baseUrl}/admin/meetings`);
    const published = admin.getByRole('listitem').filter({ has: admin.getByText('Offentliggjort', { exact: true }) });
    const href = await published.getByRole('link', { name: 'Dagsorden' }).first().getAttribute('href');
    ids.upcomingId = /meetings\/([0-9a-f-]{36})\/agenda/.exec(href ?? '')?.[1] ?? '';
    ids.draftId = await createDraftMeeting(admin);
    await admin.goto(`${baseUrl}/admin/themes`);
    ids.themeId = await firstLinkMatch(admin, /\/admin\/themes\/([0-9a-f-]{36})$/);
    await admin.goto(`${baseUrl}/admin/themes?q=${encodeURIComponent(LONG_WORD_THEME)}`);
    const longWordHref = await admin.getByRole('link', { name: LONG_WORD_THEME, exact: true }).first().getAttribute('href');
    ids.longWordThemeId = /([0-9a-f-]{36})$/.exec(longWordHref ?? '')?.[1] ?? '';
    await pages.council.goto(`${baseUrl}/council`);
    ids.briefingId = await firstLinkMatch(pages.council, /\/council\/briefings\/([^/?#]+)$/);
    for (const [key, value] of Object.entries(ids)) expect(value, key).toBeTruthy();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
    const contexts: BrowserContext[] = [];
    for (const role of ['visitor', 'company', 'secretariat', 'chair', 'council'] as const) {
      const context = await browser.newContext({ viewport: VIEWPORTS[0] });
      contexts.push(context);
      pages[role] = await context.newPage();
      pages[role].setDefaultTimeout(30_000);
      if (role !== 'visitor') await openWithSessionOf(pages[role], baseUrl, ROLE_EMAILS[role]);
    }
    await pages.company.waitForURL(/\/portal/);
    await pages.secretariat.waitForURL(/\/admin$/);
    await pages.council.waitForURL(/\/council$/);
    await proposeLongWordTheme(pages.company);
    await resolveIds();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  it.each(PAGES)('$path ($role)', async ({ path, role }) => {
    const page = pages[role];
    const resolved = path.replace(/\{(\w+)\}/g, (_, key: string) => ids[key]);
    const problems: string[] = [];
    for (const { locale, prefix } of LOCALES) {
      const url = `${baseUrl}${prefix}${resolved === '/' && prefix ? '' : resolved}`;
      await page.setViewportSize(VIEWPORTS[0]);
      const response = await page.goto(url);
      // The signed-in parts of public pages are client islands that render after /api/me answers;
      // some pages keep the network busy (prefetching, progress), hence the bound.
      await page.waitForLoadState('networkidle', { timeout: 2_500 }).catch(() => {});
      expect(response?.status(), url).toBe(200);
      expect(await page.locator('html').getAttribute('lang'), url).toBe(locale);
      expect(await page.locator('h1').count(), `${url}: one h1`).toBe(1);
      // One load per locale: the phone size is the same document reflowed.
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        const label = `${prefix}${resolved} ${viewport.name}`;
        for (const v of await axeViolations(page)) problems.push(`${label}: ${v}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        if (scrollWidth > viewport.width) problems.push(`${label}: scrolls sideways (${scrollWidth}px wide)`);
        if (problems.some((p) => p.startsWith(label))) {
          await screenshot(page, `a11y-${role}-${resolved.replace(/[^a-z0-9]+/gi, '-')}-${locale}-${viewport.name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
