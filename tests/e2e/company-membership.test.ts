// Company membership in a real browser: the takeover attempt (a known CVR number typed on the
// profile page) gets a pending request and no company data; a member approves a colleague, who
// can then leave; the secretariat declines in admin. And the profile form keeps what was saved.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';

const baseUrl = inject('baseUrl');
const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

async function fillFirstProfile(page: Page, name: string, cvr: string, companyName: string) {
  await page.goto(`${baseUrl}/portal/profile`);
  await page.getByLabel('Dit navn').fill(name);
  await page.getByLabel('CVR-nummer').fill(cvr);
  await page.getByLabel('Virksomhedens navn').fill(companyName);
  await page.getByLabel('Adresse').fill('Overtagervej 1');
  await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
}

/** A CVR number nobody has used: 8 digits passing modulus 11. */
function freshCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let n = 40000000 + Math.floor(Math.random() * 9000000); ; n++) {
    const s = String(n);
    if (s.split('').reduce((sum, d, i) => sum + Number(d) * weights[i], 0) % 11 === 0) return s;
  }
}

describe.skipIf(!hasChromium)('company membership in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("gives the takeover attempt a pending request and none of the company's data; the secretariat declines it", async () => {
    const email = `overtager-${stamp()}@virksomhed.test`;
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await openWithSessionOf(page, baseUrl, email);
    await fillFirstProfile(page, 'Ole Overtager', '24256790', 'Overtaget A/S');
    await page.waitForURL(/\/portal\?notice=joinRequested/);
    const portal = await page.locator('main').innerText();
    expect(portal).toContain('venter på godkendelse');
    expect(portal).not.toContain('Hersted');
    await screenshot(page, 'membership-pending-portal-375');

    await page.goto(`${baseUrl}/portal/profile`);
    const profile = await page.locator('main').innerText();
    expect(profile).toContain('24256790');
    expect(profile).not.toContain('Hersted');
    expect(profile).not.toContain('Fabriksparken');
    expect(await page.getByLabel('Virksomhedens navn').count()).toBe(0);
    await screenshot(page, 'membership-pending-profile-375');

    // The secretariat sees the request, with the company, and declines it after confirming.
    const admin = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openWithSessionOf(admin, baseUrl, 'erhverv@albertslund.test');
    await admin.goto(`${baseUrl}/admin/companies`);
    const row = admin.getByRole('listitem').filter({ hasText: email });
    await row.getByRole('button', { name: 'Afvis' }).click();
    await screenshot(admin, 'membership-admin-decline-1280');
    await row.getByRole('button', { name: 'Ja, afvis' }).click();
    await admin.getByText('Anmodningen er afvist').first().waitFor();
    // The list is refreshed right after the answer (a moment later than the message).
    await expect.poll(() => admin.getByRole('listitem').filter({ hasText: email }).count(), { timeout: 5000 }).toBe(0);

    await page.goto(`${baseUrl}/portal/profile`);
    expect(await page.locator('main').innerText()).toContain('blev afvist');
    await page.goto(`${baseUrl}/portal`);
    await page.waitForURL(/\/portal\/profile/);
    await page.close();
    await admin.close();
  });

  it('lets a member approve a colleague, who then sees the company and can leave it', async () => {
    const email = `kollega-${stamp()}@virksomhed.test`;
    const person = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await openWithSessionOf(person, baseUrl, email);
    await fillFirstProfile(person, 'Karin Kollega', '13748136', 'Ligegyldigt ApS');
    await person.waitForURL(/notice=joinRequested/);

    const member = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await openWithSessionOf(member, baseUrl, 'direktoer@lysteknik.test');
    await member.goto(`${baseUrl}/portal/company`);
    const row = member.getByRole('listitem').filter({ hasText: email });
    await row.getByRole('button', { name: 'Godkend' }).click();
    await row.getByRole('button', { name: 'Ja, godkend' }).click();
    await member.waitForURL(/\/portal\/company\?notice=approved/);
    await member.getByText('Anmodningen er godkendt').waitFor();
    const members = member.locator('section', { has: member.getByRole('heading', { name: 'Medlemmer' }) });
    expect(await members.innerText()).toContain('Karin Kollega');
    await screenshot(member, 'membership-member-approved-375');

    await person.goto(`${baseUrl}/portal/profile`);
    expect(await person.getByLabel('Virksomhedens navn').inputValue()).toContain('Lysteknik');
    await person.goto(`${baseUrl}/portal/company`);
    await person.getByRole('button', { name: 'Forlad virksomheden' }).click();
    await person.getByRole('button', { name: 'Ja, forlad virksomheden' }).click();
    await person.waitForURL(/\/portal\/profile\?notice=left/);
    expect(await person.getByLabel('CVR-nummer').inputValue()).toBe('');
    await person.close();
    await member.close();
  });

  it('shows what was saved after saving the profile, and a second save keeps it', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await openWithSessionOf(page, baseUrl, `profil-${stamp()}@virksomhed.test`);
    await fillFirstProfile(page, 'Pia Profil', freshCvr(), 'Profil ApS');
    await page.waitForURL(/notice=profileCreated/);

    await page.goto(`${baseUrl}/portal/profile`);
    await page.getByLabel('Adresse').fill('Ny adresse 1');
    await page.getByLabel('By').fill('');
    await page.getByLabel('Hjemmeside').fill('profil.dk');
    await page.getByRole('button', { name: 'Gem ændringer' }).click();
    await page.getByText('Dine oplysninger er gemt').waitFor();
    expect(await page.getByLabel('Adresse').inputValue()).toBe('Ny adresse 1');
    expect(await page.getByLabel('By').inputValue()).toBe('');
    expect(await page.getByLabel('Hjemmeside').inputValue()).toBe('https://profil.dk');

    // Pressing save again writes the same values, not the page's first ones.
    await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('/portal/profile')),
      page.getByRole('button', { name: 'Gem ændringer' }).click(),
    ]);
    await page.getByText('Dine oplysninger er gemt').waitFor();
    await page.reload();
    expect(await page.getByLabel('Adresse').inputValue()).toBe('Ny adresse 1');
    expect(await page.getByLabel('Hjemmeside').inputValue()).toBe('https://profil.dk');
    await page.close();
  });
});
