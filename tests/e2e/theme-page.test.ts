// A theme's own page (/themes/[id], /en/themes/[id]): shown for an accepted theme with its trail
// and metadata for sharing, not found for a submitted or rejected one; passes axe in both languages
// at 1280 and 375 px; a company follows and stops following it by keyboard; the secretariat's
// outcome appears on the cached page. The theme is made here and rejected at the end, so the demo
// data's public lists are as before.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { signedInClient, type HttpClient } from '../support/http-client';
import { pressSpaceOn } from '../support/keyboard';
import { actionNamed, demoEmails } from '../support/matrix-sessions';
import { callFormAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);

async function proposeTheme(company: HttpClient, title: string): Promise<string> {
  const editLinks = async () => [...(await (await company.request('/portal')).text()).matchAll(/\/portal\/themes\/([0-9a-f-]{36})\/edit/g)].map((m) => m[1]);
  const before = new Set(await editLinks());
  const proposed = await callFormAction(company, actionNamed('proposeThemeAction'), {
    title,
    description: 'Vi foreslår, at kommunen samler **lærepladser** hos virksomhederne i Hersted Industripark.',
    category: 'skills',
    wishedMeetingId: '',
    locale: 'da',
  });
  expect(proposed.status, proposed.text.slice(0, 300)).toBeLessThan(400);
  const added = [...new Set(await editLinks())].filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  return added[0];
}

/** The version the admin page's forms carry. */
async function versionOf(admin: HttpClient, themeId: string) {
  const html = await (await admin.request(`/admin/themes/${themeId}`)).text();
  return /name="version" value="(\d+)"/.exec(html)![1];
}

async function expectNoAxeViolations(page: Page) {
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe('a theme’s own page', () => {
  let company: HttpClient;
  let admin: HttpClient;
  let browser: Browser | undefined;
  const title = `Lærepladser i industriparken ${stamp}`;
  let themeId = '';
  let submittedId = '';

  beforeAll(async () => {
    company = await signedInClient(baseUrl, demoEmails.company);
    admin = await signedInClient(baseUrl, demoEmails.secretariat);
    themeId = await proposeTheme(company, title);
    submittedId = await proposeTheme(company, `Endnu ikke behandlet ${stamp}`);
    const accepted = await callFormAction(admin, actionNamed('decideThemeAction'), {
      themeId,
      version: await versionOf(admin, themeId),
      decision: 'accept',
      answer: 'Et godt forslag, som vi tager op.',
    });
    expect(accepted.text).toContain('themeAccepted');
    if (hasChromium) browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    // Undo: the demo's public lists are as before (a rejected theme is not public), and the
    // submitted one is withdrawn by its proposer.
    if (themeId) {
      await callFormAction(admin, actionNamed('decideThemeAction'), { themeId, version: await versionOf(admin, themeId), decision: 'reject', answer: 'Testen er slut.' });
    }
    if (submittedId) await callFormAction(company, actionNamed('withdrawThemeAction'), { themeId: submittedId, confirmed: 'yes', locale: 'da' });
  });

  it('shows an accepted theme in both languages with its trail and the metadata for sharing', async () => {
    const da = await fetch(`${baseUrl}/themes/${themeId}`);
    expect(da.status).toBe(200);
    const html = await da.text();
    expect(html).toContain(`<title>${title}`);
    expect(html).toContain(`<meta property="og:title" content="${title}"/>`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/themes/${themeId}"`));
    expect(html).toMatch(new RegExp(`<link rel="alternate" hrefLang="en" href="[^"]*/en/themes/${themeId}"`));
    expect(html).toContain('Temaets forløb');
    expect(html).toContain('Godkendt af forummet');
    expect(html).toContain('Et godt forslag, som vi tager op.');
    expect(html).toContain('<strong>lærepladser</strong>');

    const en = await fetch(`${baseUrl}/en/themes/${themeId}`);
    expect(en.status).toBe(200);
    const enHtml = await en.text();
    expect(enHtml).toContain('The theme&#x27;s trail');
    expect(enHtml).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/en/themes/${themeId}"`));

    // The list and the sitemap link to it.
    expect(await (await fetch(`${baseUrl}/themes`)).text()).toContain(`href="/themes/${themeId}"`);
    expect(await (await fetch(`${baseUrl}/sitemap.xml`)).text()).toContain(`/themes/${themeId}</loc>`);
  });

  it('is not found for a submitted theme, an unknown id or a word', async () => {
    for (const path of [`/themes/${submittedId}`, `/en/themes/${submittedId}`, '/themes/00000000-0000-4000-8000-000000000000', '/themes/lærepladser']) {
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404);
    }
  });

  it('shows the outcome the secretariat writes, on the cached page', async () => {
    const saved = await callFormAction(admin, actionNamed('recordThemeOutcomeAction'), {
      themeId,
      version: await versionOf(admin, themeId),
      outcome: 'Økonomiudvalget afsatte midler til 20 lærepladser.',
      caseNumber: '24.10.00-G01-7-15',
    });
    expect(saved.text).toContain('themeOutcomeSaved');
    const html = await (await fetch(`${baseUrl}/themes/${themeId}`)).text();
    expect(html).toContain('Økonomiudvalget afsatte midler til 20 lærepladser.');
    expect(html).toContain('Sagsnr. 24.10.00-G01-7-15');
    // A company may not write an outcome.
    const refused = await callFormAction(company, actionNamed('recordThemeOutcomeAction'), { themeId, version: '99', outcome: 'Nej.', caseNumber: '' });
    expect(refused.text).not.toContain('themeOutcomeSaved');
  });

  describe.skipIf(!hasChromium)('in a browser', () => {
    for (const [locale, prefix] of [['da', ''], ['en', '/en']] as const) {
      for (const width of [1280, 375]) {
        it(`passes axe signed out (${locale}, ${width} px) and asks the visitor to sign in to follow`, async () => {
          const context = await browser!.newContext({ viewport: { width, height: 900 } });
          const page = await context.newPage();
          await page.goto(`${baseUrl}${prefix}/themes/${themeId}`);
          await page.getByText(locale === 'da' ? 'Log ind for at følge temaet.' : 'Sign in to follow the theme.').waitFor();
          expect(await page.locator('h1').count()).toBe(1);
          await expectNoAxeViolations(page);
          const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(scroll).toBeLessThanOrEqual(0);
          await screenshot(page, `theme-page-${locale}-${width}`);
          await context.close();
        });
      }
    }

    it('lets a company follow and stop following by keyboard, and lists it in the portal', async () => {
      const context = await browser!.newContext({ viewport: { width: 375, height: 900 } });
      const page = await context.newPage();
      await openWithSessionOf(page, baseUrl, demoEmails.otherCompany);
      await page.goto(`${baseUrl}/themes/${themeId}`);
      const button = page.getByRole('button', { name: new RegExp(`^Følg temaet\\s*: ${title}$`) });
      await button.waitFor();
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await pressSpaceOn(page, button);
      await page.getByText('Du følger temaet og får en e-mail ved hvert nyt skridt.').waitFor();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      await expectNoAxeViolations(page);
      await screenshot(page, 'theme-page-following-375');

      await page.goto(`${baseUrl}/portal`);
      const following = page.getByRole('region', { name: 'Temaer du følger' });
      await following.getByRole('link', { name: title }).waitFor();
      await screenshot(page, 'portal-following-375');

      await page.goto(`${baseUrl}/themes/${themeId}`);
      await button.waitFor();
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      await pressSpaceOn(page, button);
      await page.getByText('Du følger ikke temaet.').waitFor();
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      await context.close();
    });

    it('shows the outcome form on the admin theme page', async () => {
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await openWithSessionOf(page, baseUrl, demoEmails.secretariat);
      await page.goto(`${baseUrl}/admin/themes/${themeId}`);
      const region = page.getByRole('region', { name: 'Resultat' });
      expect(await region.getByLabel(/Sagsnummer/).inputValue()).toBe('24.10.00-G01-7-15');
      await expectNoAxeViolations(page);
      await screenshot(page, 'admin-theme-outcome-1280');
      await context.close();
    });
  });
});
