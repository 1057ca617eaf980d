// A person signs in through the form and the development mailbox and reaches the portal.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser, screenshot, signInWithBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');

describe.skipIf(!hasChromium)('sign-in in a real browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs in through the development mailbox and reaches /portal', async () => {
    const page = await browser.newPage();
    await signInWithBrowser(page, baseUrl, 'indkoeb@hersted-plast.test');
    await page.waitForURL(/\/portal$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Min side');
    await screenshot(page, 'sign-in-portal');
  });

  it('shows a clear message beside the field for an invalid email', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel('E-mailadresse').fill('ikke-en-adresse');
    await page.getByRole('button', { name: /login-link/ }).click();
    await page.getByText('Skriv en gyldig e-mailadresse').first().waitFor();
    expect(await page.getByLabel('E-mailadresse').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('E-mailadresse').inputValue()).toBe('ikke-en-adresse');
  });
});
