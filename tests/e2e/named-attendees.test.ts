// Registering with named colleagues in a real browser: on the meeting page, add two colleague rows
// (a row with a bad email is refused next to its field, nothing typed is lost), register, find the
// party in the portal, and remove one colleague after the confirmation step. Axe-clean pages,
// screenshots at 1280 and 375 px.
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoMeetingPath, hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { mailboxFor } from '../support/http-client';

const baseUrl = inject('baseUrl');
const person = 'indkoeb@hersted-plast.test';

async function expectNoAxeViolations(page: Page) {
  // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
  await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
  const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe.skipIf(!hasChromium)('registering with named colleagues', () => {
  let browser: Browser;
  let page: Page;
  const tag = Date.now().toString(36);
  const mette = `Mette Kjær ${tag}`;
  const jonas = `Jonas Holm ${tag}`;
  const metteEmail = `mette-${tag}@hersted-plast.test`;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    page.setDefaultTimeout(30_000);
    await openWithSessionOf(page, baseUrl, person);
    await page.waitForURL(/\/portal/);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('registers two named colleagues, sees them in the portal and removes one', async () => {
    const meetingPath = await demoMeetingPath(baseUrl);
    await page.goto(`${baseUrl}${meetingPath}`);
    // Registered by an earlier test? Start afresh.
    const cancel = page.getByRole('button', { name: 'Afmeld mig' });
    const ready = page.getByRole('button', { name: /^(Tilmeld mig|Skriv mig på ventelisten)$/ });
    await cancel.or(ready).first().waitFor();
    if (await cancel.isVisible()) {
      await cancel.click();
      await page.getByRole('button', { name: 'Ja, afmeld mig' }).click();
      await ready.waitFor();
    }

    // Two rows; "Tilføj kollega" moves focus to the new row's name.
    await page.getByRole('button', { name: 'Tilføj kollega' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe('colleagueName');
    await page.keyboard.type(mette);
    await page.getByLabel('E-mail (kollega 1)').fill('ikke-en-adresse');
    await page.getByLabel('Bemærkning (kollega 1)').fill('Vegetar');
    await page.getByRole('button', { name: 'Tilføj kollega' }).click();
    await page.keyboard.type(jonas);
    await page.getByLabel(/^Bemærkning \(valgfri\)$/).fill('Glutenfri');
    await expectNoAxeViolations(page);
    await ready.click();

    // The bad address is refused beside its field; every row is as it was typed.
    await page.getByText('Skriv en gyldig e-mailadresse').first().waitFor();
    expect(await page.getByLabel('E-mail (kollega 1)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('Navn (kollega 1)').inputValue()).toBe(mette);
    expect(await page.getByLabel('Navn (kollega 2)').inputValue()).toBe(jonas);
    expect(await page.getByLabel('Bemærkning (kollega 1)').inputValue()).toBe('Vegetar');
    expect(await page.getByLabel(/^Bemærkning \(valgfri\)$/).inputValue()).toBe('Glutenfri');
    await expectNoAxeViolations(page);
    await screenshot(page, 'named-attendees-refused-1280');

    await page.getByLabel('E-mail (kollega 1)').fill(metteEmail);
    await ready.click();
    await page.getByText(/Du er (tilmeldt mødet sammen med 2 kolleger|på ventelisten|nummer)/).first().waitFor();
    await screenshot(page, 'named-attendees-registered-1280');

    // Mette has her own confirmation (or none while the party waits).
    await page.getByRole('link', { name: 'Se og ret deltagere' }).click();
    await page.waitForURL(/\/portal\/registrations\//);
    await page.getByText(mette).first().waitFor();
    await page.getByText(jonas).first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'named-attendees-party-1280');
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshot(page, 'named-attendees-party-375');

    // Remove Jonas, after the confirmation step.
    const jonasGroup = page.getByRole('group', { name: new RegExp(jonas) });
    await jonasGroup.getByRole('button', { name: /^Fjern fra tilmeldingen/ }).click();
    await page.getByRole('heading', { name: new RegExp(`Vil du fjerne ${jonas}`) }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ja, fjern' }).click();
    await expect.poll(() => page.getByText(jonas).count(), { timeout: 15_000 }).toBe(0);
    // Focus is on the list's heading, and the status says what happened.
    await page.getByRole('status').filter({ hasText: 'Kollegaen er fjernet' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('colleagues');
    await page.getByText(mette).first().waitFor();
    await screenshot(page, 'named-attendees-removed-375');

    // The registrant's meeting page says two seats now (them and Mette).
    await page.goto(`${baseUrl}${meetingPath}`);
    await page.getByText(/Du er (tilmeldt mødet sammen med 1 kollega|nummer)/).first().waitFor();
    await screenshot(page, 'named-attendees-meeting-375');
    const mails = await mailboxFor(baseUrl, metteEmail);
    expect(mails.every((m) => m.kind === 'attendee-confirmed')).toBe(true);

    // Leave the demo's meeting as it was found: other test files register this person there.
    await page.getByRole('button', { name: 'Afmeld mig' }).click();
    await page.getByRole('button', { name: 'Ja, afmeld mig' }).click();
    await page.getByRole('button', { name: /^(Tilmeld mig|Skriv mig på ventelisten)$/ }).waitFor();
  });
});
