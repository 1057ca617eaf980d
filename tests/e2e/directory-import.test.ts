// The company directory in a real browser: the secretariat uploads a CVR extract (the demo's
// sample file plus a few new and broken lines), sees the preview, confirms it once and finds the
// new companies in the directory; the sample file alone then changes nothing. The import page,
// the directory and the edit form are checked with axe in Danish and English, at 1280 and 375 px.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoDirectoryCsv } from '@/db/seed/demo-directory';
import { isValidCvr } from '@/lib/companies/cvr';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';

const baseUrl = inject('baseUrl');

async function expectAccessible(page: Page) {
  // After a save the page re-renders and its streamed <title> comes back a moment later; axe once
  // saw the page in between (PGlite, under load). A title that never comes still fails here.
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function expectNoSidewaysScroll(page: Page, name: string) {
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
  await screenshot(page, `${name}-375`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** Valid CVR numbers of the test's own (the demo's start at 41000000). */
function newCvrs(count: number): string[] {
  const found: string[] = [];
  for (let n = 77_000_000 + (Date.now() % 100_000) * 10; found.length < count; n++) if (isValidCvr(String(n))) found.push(String(n));
  return found;
}

describe.skipIf(!hasChromium)('importing companies from CVR', () => {
  let browser: Browser;
  let admin: Page;
  const cvrs = newCvrs(3);
  const stamp = Date.now().toString(36);
  beforeAll(async () => {
    browser = await launchBrowser();
    admin = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await openWithSessionOf(admin, baseUrl, 'erhverv@albertslund.test');
    await admin.waitForURL(/\/admin$/);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the import page, refuses a file without the CVR columns next to the field', async () => {
    await admin.goto(`${baseUrl}/admin/companies/import`);
    expect(await admin.getByRole('heading', { level: 1 }).textContent()).toBe('Importér virksomheder fra CVR');
    await expectAccessible(admin);
    await admin.getByLabel('CSV-fil fra CVR').setInputFiles({ name: 'forkert.csv', mimeType: 'text/csv', buffer: Buffer.from('Firma;Telefon\nNoget;12345678\n') });
    await admin.getByRole('button', { name: 'Vis hvad importen vil gøre' }).click();
    await admin.getByText('Filen mangler kolonnerne: CVR-nummer, Navn').waitFor();
    expect(await admin.getByLabel('CSV-fil fra CVR').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(admin);
    await screenshot(admin, 'directory-import-refused');
    // Over the limit: refused before sending, with the limit named.
    await admin.getByLabel('CSV-fil fra CVR').setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer: Buffer.alloc(1_000_000, 'a') });
    await admin.getByRole('button', { name: 'Vis hvad importen vil gøre' }).click();
    await admin.getByText('Filen er for stor. Den må højst fylde 960 kB').waitFor();
  });

  it('previews the sample file with new and broken lines, confirms once, and the new companies are in the directory', async () => {
    const sample = await admin.request.get(`${baseUrl}/api/admin/companies/import-sample`);
    expect(sample.status()).toBe(200);
    const sampleText = await sample.text();
    expect(sampleText).toBe(demoDirectoryCsv());
    const extra = [
      `${cvrs[0]};E2E Lysværk ${stamp} ApS;Herstedvang 3;2620;274000;Fremstilling af elektriske belysningsartikler;10-19;lys@e2e.example`,
      `${cvrs[1]};E2E Datahus ${stamp} ApS;Bibliotekstorvet 1;2620;620100;Computerprogrammering;2-4;data@e2e.example`,
      `${cvrs[2]};E2E Køkken ${stamp} ApS;Sydvej 9;2620;561010;Restauranter;5-9;`,
      `12345678;Forkert CVR ApS;;;;;;`,
      `${cvrs[0]};Dublet ApS;;;;;;`,
    ].join('\r\n');
    await admin.getByLabel('CSV-fil fra CVR').setInputFiles({ name: 'cvr-udtraek.csv', mimeType: 'text/csv', buffer: Buffer.from(`${sampleText}${extra}\r\n`) });
    await admin.getByRole('button', { name: 'Vis hvad importen vil gøre' }).click();
    await admin.waitForURL(/\/admin\/companies\/import\?batch=/);
    const counts = admin.getByTestId('import-counts');
    await counts.getByText('3 nye virksomheder').waitFor();
    expect(await counts.textContent()).toContain('300 virksomheder er uændrede');
    expect(await counts.textContent()).toContain('2 linjer afvises');
    const refused = admin.getByTestId('import-refuse');
    expect(await refused.getByRole('row').filter({ hasText: '12345678' }).textContent()).toContain('Ugyldigt CVR-nummer');
    expect(await refused.getByRole('row').filter({ hasText: 'Dublet ApS' }).textContent()).toContain('CVR-nummeret står også på en tidligere linje');
    expect(await admin.getByTestId('import-create').getByRole('row').count()).toBe(4);
    await expectAccessible(admin);
    await screenshot(admin, 'directory-import-preview');
    await expectNoSidewaysScroll(admin, 'directory-import-preview');

    await admin.getByRole('button', { name: 'Gennemfør importen' }).click();
    await admin.getByText('3 virksomheder oprettes og 0 opdateres').waitFor();
    await admin.getByRole('button', { name: 'Ja, gennemfør' }).click();
    await admin.getByText('Importen er gennemført: 3 virksomheder oprettet, 0 opdateret.').waitFor();
    // Confirmed: no second confirm button.
    expect(await admin.getByRole('button', { name: 'Gennemfør importen' }).count()).toBe(0);

    await admin.getByRole('link', { name: 'Se virksomhedsregistret' }).click();
    await admin.getByLabel('Søg på navn eller CVR-nr.').fill(`E2E`);
    await admin.getByLabel('Erhvervsområde').selectOption('vest');
    await admin.getByRole('button', { name: 'Vis virksomheder' }).click();
    await admin.waitForURL(/area=vest/);
    expect(await admin.getByTestId('directory-count').textContent()).toContain('1 virksomhed matcher');
    expect(await admin.getByTestId('directory-row').count()).toBe(1);
    expect(await admin.getByTestId('directory-row').textContent()).toContain(`E2E Lysværk ${stamp} ApS`);
    await expectAccessible(admin);
  });

  it('finds nothing to do in the sample file alone: every company is already there', async () => {
    await admin.goto(`${baseUrl}/admin/companies/import`);
    await admin.getByLabel('CSV-fil fra CVR').setInputFiles({ name: 'cvr-eksempel.csv', mimeType: 'text/csv', buffer: Buffer.from(demoDirectoryCsv()) });
    await admin.getByRole('button', { name: 'Vis hvad importen vil gøre' }).click();
    await admin.getByText('Importen ændrer ingenting').waitFor();
    expect(await admin.getByTestId('import-counts').textContent()).toContain('300 virksomheder er uændrede');
    expect(await admin.getByRole('button', { name: 'Gennemfør importen' }).count()).toBe(0);
  });

  it('pages and filters the directory in Danish and English, at desktop and phone size', async () => {
    await admin.goto(`${baseUrl}/admin/companies`);
    const count = await admin.getByTestId('directory-count').textContent();
    expect(count).toMatch(/\d+ virksomheder matcher/);
    expect(await admin.getByTestId('directory-row').count()).toBe(50);
    await admin.getByRole('link', { name: 'Næste' }).first().click();
    await admin.waitForURL(/page=2/);
    expect(await admin.getByTestId('directory-count').textContent()).toContain('Viser 51–100');
    await screenshot(admin, 'directory');
    await expectAccessible(admin);
    await expectNoSidewaysScroll(admin, 'directory');

    await admin.goto(`${baseUrl}/en/admin/companies?members=no&band=5-9`);
    expect(await admin.getByTestId('directory-count').textContent()).toMatch(/\d+ compan(y|ies) match/);
    expect(await admin.getByLabel('Size (employees)').inputValue()).toBe('5-9');
    await expectAccessible(admin);
    await expectNoSidewaysScroll(admin, 'directory-en');
    await admin.goto(`${baseUrl}/en/admin/companies/import`);
    await expectAccessible(admin);
  });

  it("edits a company's directory entry: refused with field errors, then saved", async () => {
    await admin.goto(`${baseUrl}/admin/companies/${cvrs[1]}`);
    await admin.getByLabel('Postnr.').fill('26');
    await admin.getByLabel('Virksomhedens e-mail').fill('ikke-en-mail');
    await admin.getByRole('button', { name: 'Gem oplysninger' }).click();
    await admin.getByLabel('Postnr.').and(admin.locator('[aria-invalid="true"]')).waitFor();
    expect(await admin.getByLabel('Virksomhedens e-mail').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(admin);
    await admin.getByLabel('Postnr.').fill('2620');
    await admin.getByLabel('Virksomhedens e-mail').fill('ny@e2e.example');
    await admin.getByLabel('Erhvervsområde').selectOption('centrum');
    await admin.getByRole('button', { name: 'Gem oplysninger' }).click();
    await admin.getByText('Oplysningerne er gemt.').waitFor();
    await screenshot(admin, 'directory-entry-edit');
    await expectNoSidewaysScroll(admin, 'directory-entry-edit');
    await admin.goto(`${baseUrl}/en/admin/companies/${cvrs[1]}`);
    await expectAccessible(admin);
  });
});
