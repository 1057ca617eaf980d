// Theme moderation in a real browser: the admin theme page shows the proposer's markdown as
// formatted text (never raw **…**), merging asks for confirmation naming both themes (and
// cancelling changes nothing), and the secretariat's wording for publication is saved beside the
// proposer's text. Over HTTP, a merge without the confirmation is refused.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { signedInClient, type HttpClient } from '../support/http-client';
import { actionNamed, demoEmails } from '../support/matrix-sessions';
import { callFormAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);

/** A theme the demo company proposes now (still submitted), found as the one new edit link. */
async function proposeTheme(company: HttpClient, title: string): Promise<string> {
  const editLinks = async () => [...(await (await company.request('/portal')).text()).matchAll(/\/portal\/themes\/([0-9a-f-]{36})\/edit/g)].map((m) => m[1]);
  const before = new Set(await editLinks());
  const proposed = await callFormAction(company, actionNamed('proposeThemeAction'), {
    title,
    description: 'Vi foreslår **fælles indkøb** af el til virksomhederne i Hersted Industripark.',
    category: 'local',
    wishedMeetingId: '',
    locale: 'da',
  });
  expect(proposed.status, proposed.text.slice(0, 300)).toBeLessThan(400);
  const added = [...new Set(await editLinks())].filter((id) => !before.has(id));
  expect(added).toHaveLength(1);
  return added[0];
}

async function expectNoAxeViolations(page: Page) {
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe.skipIf(!hasChromium)('theme moderation in a real browser', () => {
  let browser: Browser;
  let company: HttpClient;
  let admin: HttpClient;
  const sourceTitle = `Fælles elindkøb ${stamp}`;
  const targetTitle = `Energi i industriparken ${stamp}`;
  let sourceId = '';
  let targetId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    company = await signedInClient(baseUrl, demoEmails.company);
    admin = await signedInClient(baseUrl, demoEmails.secretariat);
    targetId = await proposeTheme(company, targetTitle);
    sourceId = await proposeTheme(company, sourceTitle);
    expect(sourceId).not.toBe(targetId);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a merge sent without the confirmation step', async () => {
    const answer = await callFormAction(admin, actionNamed('mergeThemeAction'), { themeId: sourceId, version: '1', targetId });
    expect(answer.text).toContain('confirmRequired');
    const page = await (await admin.request(`/admin/themes/${sourceId}`)).text();
    expect(page).not.toContain('>Slået sammen med</dt>');
  });

  for (const width of [1280, 375]) {
    it(`renders the proposer's markdown and edits the wording for publication at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await openWithSessionOf(page, baseUrl, demoEmails.secretariat);
      await page.goto(`${baseUrl}/admin/themes/${targetId}`);
      const facts = page.getByRole('region', { name: 'Om temaet' });
      expect(await facts.locator('strong').first().textContent()).toBe('fælles indkøb');
      expect(await facts.textContent()).not.toContain('**');

      const wording = page.getByRole('region', { name: 'Rediger ordlyden til offentliggørelse' });
      const published = `Fælles indkøb af el ${width}`;
      await wording.getByLabel('Titel til offentliggørelse').fill(published);
      await wording.getByRole('button', { name: 'Gem ordlyd' }).click();
      await page.getByText('Ordlyden er gemt').waitFor();
      await facts.getByText(published).waitFor();
      // The proposer's own title stays the page's heading and their own text.
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(targetTitle);
      await expectNoAxeViolations(page);
      await screenshot(page, `admin-theme-wording-${width}`);
      await context.close();
    });
  }

  it('shows the proposer both their own text and the wording for publication in the portal', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await openWithSessionOf(page, baseUrl, demoEmails.company);
    await page.goto(`${baseUrl}/portal`);
    const item = page.getByRole('listitem').filter({ hasText: targetTitle });
    await item.getByText('Sekretariatet har redigeret ordlyden').waitFor();
    expect(await item.textContent()).toContain('Fælles indkøb af el 375');
    await item.getByText('Din egen tekst (gemt uændret)').click();
    await item.locator('details strong').first().waitFor();
    await screenshot(page, 'portal-theme-wording-375');
    await context.close();
  });

  it('asks before merging, names both themes, and merges only when confirmed', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openWithSessionOf(page, baseUrl, demoEmails.secretariat);
    await page.goto(`${baseUrl}/admin/themes/${sourceId}`);
    const merge = page.getByRole('region', { name: 'Slå sammen med et andet tema' });
    await merge.getByLabel('Slå sammen med').selectOption({ label: targetTitle });
    await merge.getByRole('button', { name: 'Slå sammen …' }).click();
    const question = merge.getByRole('group', { name: 'Slå temaet sammen?' });
    await question.waitFor();
    expect(await question.textContent()).toContain(`«${sourceTitle}» lukkes og peger fremover på «${targetTitle}»`);
    await screenshot(page, 'admin-theme-merge-question');

    // "No" changes nothing.
    await question.getByRole('button', { name: 'Nej, fortryd' }).click();
    await merge.getByRole('button', { name: 'Slå sammen …' }).waitFor();
    await page.reload();
    expect(await page.getByText('Slået sammen med').count()).toBe(0);

    await merge.getByLabel('Slå sammen med').selectOption({ label: targetTitle });
    await merge.getByRole('button', { name: 'Slå sammen …' }).click();
    await merge.getByRole('button', { name: 'Ja, slå sammen' }).click();
    await page.getByText('Slået sammen med').waitFor();
    await page.close();
  });
});
