// Debian's chromium driven by playwright-core. Tests that need it are skipped (with a message)
// only where chromium is not installed; CI installs it.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { signedInClient } from './http-client';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM_PATH);
if (!hasChromium && process.env.REQUIRE_E2E === '1') {
  throw new Error(`REQUIRE_E2E is set but ${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
}
if (!hasChromium) console.warn(`[e2e] ${CHROMIUM_PATH} not found: browser tests are skipped. Install it with: apt-get install -y chromium`);

/** What this machine's chromium needs to run headless in a container, quietly (also used by scripts/lighthouse.ts). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const artifactsDir = fileURLToPath(new URL('../artifacts', import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  // playwright starts every launch with a fresh, empty profile of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  failOnMissingTexts(browser);
  return browser;
}

/**
 * A client component whose texts its page did not send (app/_components/i18n/client-messages.tsx)
 * logs MISSING_MESSAGE in the browser, also for what only appears after a click: closing the
 * browser then fails the test file that saw it.
 */
function failOnMissingTexts(browser: Browser) {
  const missing = new Set<string>();
  const watch = (context: BrowserContext) =>
    context.on('console', (message) => {
      if (message.text().includes('MISSING_MESSAGE')) missing.add(`${message.location().url}: ${message.text()}`);
    });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    watch(context);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (options) => {
    const page = await newPage(options);
    watch(page.context());
    return page;
  };
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (missing.size) throw new Error(`texts missing in the browser:\n${[...missing].join('\n')}`);
  };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Signs in through the real form and the development mailbox, as a person would. */
let signInsFromThisProcess = 0;

export async function signInWithBrowser(page: Page, baseUrl: string, email: string, startPath = '/signin') {
  // Each browser sign-in comes from an address of its own, as separate people would: otherwise all
  // test files together exceed the per-client limit (20 per 15 minutes). The limit itself is tested
  // in tests/http/auth.
  signInsFromThisProcess += 1;
  const client = `10.${process.pid % 250}.${Math.floor(signInsFromThisProcess / 250) % 250}.${signInsFromThisProcess % 250}`;
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': client });
  await page.goto(`${baseUrl}${startPath}`);
  await page.getByLabel(/E-mailadresse|Email address/).fill(email);
  await page.getByRole('button', { name: /login-link|sign-in link/i }).click();
  await page.waitForURL(/check-email/);
  await page.goto(`${baseUrl}/dev/mailbox?to=${encodeURIComponent(email)}`);
  const link = page.locator('article').first().getByRole('link', { name: /signin\/confirm/ }).first();
  await link.click();
  await page.getByRole('button', { name: /^(Log ind|Sign in)$/ }).click();
}

/**
 * Puts a session of `email` into the page's browser context and opens where a sign-in lands (the
 * role's own area). For tests whose subject is not signing in: the session comes from
 * `signedInClient`, shared by the test files of one server, because real sign-ins are limited to
 * five per address in 15 minutes (tests/e2e/sign-in.test.ts and the full journey sign in for real).
 */
export async function openWithSessionOf(page: Page, baseUrl: string, email: string) {
  const client = await signedInClient(baseUrl, email);
  const token = client.jar.get('authjs.session-token');
  if (!token) throw new Error(`no session for ${email}`);
  await page.context().addCookies([{ name: 'authjs.session-token', value: token, url: baseUrl, httpOnly: true, sameSite: 'Lax' }]);
  await page.goto(`${baseUrl}/signin/continue`);
}

/** The path of the demo data's first meeting page listed in the sitemap (an upcoming one). */
export async function demoMeetingPath(baseUrl: string): Promise<string> {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  return /\/meetings\/moede-[0-9-]+(?=<)/.exec(sitemap)![0];
}
