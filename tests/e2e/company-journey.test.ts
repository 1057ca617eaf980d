// A new company's first visit, in a real browser: press register on the upcoming meeting while
// signed out, sign in through the development mailbox, complete the profile, come back to the
// meeting and finish the registration with one click, receive the confirmation (with the .ics
// file), then propose a theme and find it on My page.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, signInWithBrowser } from '../support/browser';
import { mailboxFor } from '../support/http-client';

const baseUrl = inject('baseUrl');

async function upcomingMeetingPath() {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const slug = /\/meetings\/(moede-[0-9-]+)</.exec(sitemap)?.[1];
  if (!slug) throw new Error('the demo data has no upcoming meeting');
  return `/meetings/${slug}`;
}

describe.skipIf(!hasChromium)('a new company in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in from the meeting, completes the profile, registers with one more click, gets the email and proposes a theme', async () => {
    const email = `ny-${Date.now().toString(36)}@virksomhed.test`;
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const meetingPath = await upcomingMeetingPath();

    // Signed out: the register button leads to sign-in, with the way back in the address.
    await page.goto(`${baseUrl}${meetingPath}`);
    const register = page.getByRole('link', { name: 'Tilmeld dig' });
    await register.waitFor();
    const signInPath = await register.getAttribute('href');
    expect(signInPath).toContain('/signin?callbackUrl=');
    await signInWithBrowser(page, baseUrl, email, signInPath!);

    // Back on the meeting: a new person is asked for their company first.
    await page.waitForURL((url) => url.pathname === meetingPath && url.searchParams.get('register') === '1');
    await page.getByRole('link', { name: 'Udfyld din virksomhedsprofil' }).click();
    await page.waitForURL(/\/portal\/profile/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Velkommen');

    // An invalid CVR number is refused beside the field, and what was typed stays.
    await page.getByLabel('Dit navn').fill('Ida Nyborg');
    await page.getByLabel('CVR-nummer').fill('24256791');
    await page.getByLabel('Virksomhedens navn').fill('Nyborg Design ApS');
    await page.getByRole('button', { name: 'Gem og fortsæt' }).click();
    await page.getByText('CVR-nummeret er ikke gyldigt').first().waitFor();
    expect(await page.getByLabel('CVR-nummer').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Dit navn').inputValue()).toBe('Ida Nyborg');

    // A valid number (the fixture generator's rule: 8 digits, modulus 11).
    await page.getByLabel('CVR-nummer').fill(cvrFrom(Date.now()));
    await page.getByLabel('Antal ansatte').fill('7');
    await page.getByLabel('Hjemmeside').fill('nyborg-design.dk');
    await page.getByRole('button', { name: 'Gem og fortsæt' }).click();

    // Back on the meeting, ready: one click finishes the registration.
    await page.waitForURL((url) => url.pathname === meetingPath && url.searchParams.get('register') === '1');
    await page.getByText('Du er logget ind. Tryk på knappen nedenfor').waitFor();
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.getByText('Du er tilmeldt mødet.').waitFor();
    await screenshot(page, 'company-journey-registered');

    // The confirmation is in the development mailbox, with the calendar file attached.
    let confirmation;
    for (let i = 0; i < 20 && !confirmation; i++) {
      confirmation = (await mailboxFor(baseUrl, email)).find((m) => m.kind === 'registration-confirmed');
      if (!confirmation) await new Promise((r) => setTimeout(r, 250));
    }
    expect(confirmation?.subject).toMatch(/^Du er tilmeldt: Strategisk Erhvervsforum/);
    expect((confirmation as unknown as { hasAttachments: boolean }).hasAttachments).toBe(true);
    await page.goto(`${baseUrl}/dev/mailbox?to=${encodeURIComponent(email)}`);
    await page.getByRole('heading', { name: /Du er tilmeldt: Strategisk Erhvervsforum/ }).waitFor();

    // Propose a theme; script tags stay text.
    await page.goto(`${baseUrl}/portal/themes/new`);
    await page.getByLabel('Titel').fill('Deleøkonomi <script>alert(1)</script> for små virksomheder');
    await page.getByLabel('Beskrivelse').fill('Kan virksomhederne i Albertslund dele maskiner, lokaler og varebiler?');
    await page.getByLabel('Kategori').selectOption('smes');
    await page.getByRole('button', { name: 'Send forslaget' }).click();
    await page.waitForURL(/\/portal\?notice=themeProposed/);
    await page.getByText('Tak for dit forslag').waitFor();
    const myThemes = page.getByRole('region', { name: 'Mine temaer' });
    await myThemes.getByText('Deleøkonomi <script>alert(1)</script> for små virksomheder', { exact: true }).waitFor();
    expect(await myThemes.getByText('Indsendt').count()).toBe(1);

    // The registration is on My page too.
    await page.getByRole('region', { name: 'Mine tilmeldinger' }).getByText('Tilmeldt').first().waitFor();
    await screenshot(page, 'company-journey-portal');
  });
});

/** A CVR number that passes the modulus-11 check, derived from a seed. */
function cvrFrom(seed: number): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (let n = seed; ; n++) {
    const digits = String(1_000_000 + (n % 9_000_000)).slice(0, 7).split('').map(Number);
    const sum = digits.reduce((s, d, i) => s + d * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}
