// Every confirmation step (withdraw a theme, cancel a registration, delete one's account, the
// admin's deletions and decisions) moves
// the keyboard's focus to the question when it opens and back to the button when it is closed:
// the hand-made steps these replaced dropped focus to the top of the page, so a keyboard or
// screen-reader user had to find the question, and then the form, again.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { demoMeetingPath, hasChromium, launchBrowser, openWithSessionOf, screenshot } from '../support/browser';
import { signedInClient } from '../support/http-client';
import { demoEmails, proposeOwnTheme } from '../support/matrix-sessions';

const baseUrl = inject('baseUrl');

/** The focused element's tag and its text, as a person's screen reader would announce it. */
const focused = (page: Page) =>
  page.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', text: (document.activeElement?.textContent ?? '').trim() }));

async function expectStepKeepsFocus(page: Page, opener: string, question: string | RegExp, keep: string, tag = /^H[2-4]$/) {
  await page.getByRole('button', { name: opener }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('group', { name: question }).waitFor();
  expect(await focused(page)).toEqual({ tag: expect.stringMatching(tag), text: typeof question === 'string' ? question : expect.stringMatching(question) });
  await page.getByRole('button', { name: keep }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: opener }).waitFor();
  expect(await focused(page)).toEqual({ tag: 'BUTTON', text: opener });
}

describe.skipIf(!hasChromium)('confirmation steps and the keyboard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [1280, 375]) {
    it(`takes focus to the question of withdrawing a theme and back, at ${width} px`, async () => {
      const company = await signedInClient(baseUrl, demoEmails.company);
      const themeId = await proposeOwnTheme(company, `Tema der trækkes tilbage ${width} ${Date.now().toString(36)}`);
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await openWithSessionOf(page, baseUrl, demoEmails.company);
      await page.goto(`${baseUrl}/portal/themes/${themeId}/edit`);
      await expectStepKeepsFocus(page, 'Træk forslaget tilbage …', 'Vil du trække forslaget tilbage?', 'Nej, behold det');
      await page.getByRole('button', { name: 'Træk forslaget tilbage …' }).click();
      await screenshot(page, `confirm-withdraw-theme-${width}`);
      await page.getByRole('button', { name: 'Ja, træk det tilbage' }).click();
      await page.waitForURL(/notice=themeWithdrawn/);
      await page.close();
    });

    it(`takes focus to the question of deleting the account and back, at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await openWithSessionOf(page, baseUrl, `fortryder-${width}-${Date.now().toString(36)}@firma.test`);
      await page.goto(`${baseUrl}/portal/account`);
      const question = 'Er du sikker? Din konto og dine personoplysninger slettes permanent, og du bliver logget ud.';
      await expectStepKeepsFocus(page, 'Slet min konto …', question, 'Nej, behold min konto');
      await page.close();
    });
  }

  it('takes focus to the question of an admin’s deletion and back', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
    await openWithSessionOf(page, baseUrl, demoEmails.secretariat);
    await page.goto(`${baseUrl}/admin/speakers`);
    await page.locator('summary', { hasText: 'Redigér' }).first().click();
    // A row of a list: the question is the group's text, not a heading.
    await expectStepKeepsFocus(page, 'Slet taleren', /slettes fra oversigten/, 'Nej, fortryd', /^P$/);
    await screenshot(page, 'confirm-admin-delete-375');
    await page.close();
  });

  it('takes focus to the question of cancelling a registration on the meeting page and back', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
    await openWithSessionOf(page, baseUrl, demoEmails.otherCompany);
    await page.goto(`${baseUrl}${await demoMeetingPath(baseUrl)}`);
    await page.getByRole('button', { name: 'Tilmeld mig' }).click();
    await page.getByRole('button', { name: 'Afmeld mig' }).waitFor();
    const question = 'Vil du afmelde dig mødet? Din plads går videre til den første på ventelisten.';
    await expectStepKeepsFocus(page, 'Afmeld mig', question, 'Nej, behold tilmeldingen');
    // Leave the demo meeting as it was for the tests that follow.
    await page.getByRole('button', { name: 'Afmeld mig' }).click();
    await page.getByRole('button', { name: 'Ja, afmeld mig' }).click();
    await page.getByRole('button', { name: 'Tilmeld mig' }).waitFor();
    await page.close();
  });
});
