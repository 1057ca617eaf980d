import { chromium } from 'playwright-core';
const base = 'http://localhost:3111';
const out = '/tmp/walk';
async function signIn(page: import('playwright-core').Page, email: string) {
  await page.goto(`${base}/signin`);
  await page.getByLabel(/E-mailadresse|Email address/).fill(email);
  await page.getByRole('button', { name: /login-link|sign-in link/i }).click();
  await page.waitForURL(/check-email/);
  await page.goto(`${base}/dev/mailbox?to=${encodeURIComponent(email)}`);
  await page.locator('article').first().getByRole('link', { name: /signin\/confirm/ }).first().click();
  await page.getByRole('button', { name: /^(Log ind|Sign in)$/ }).click();
  await page.waitForLoadState('networkidle');
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [w, h] = process.argv[2] === '375' ? [375, 1000] : [1280, 1000];
const ctx = await browser.newContext({ viewport: { width: w, height: h } });
const page = await ctx.newPage();
await signIn(page, process.argv[3] ?? 'erhverv@albertslund.test');
for (const [name, path, scroll] of JSON.parse(process.argv[4]) as [string, string, number][]) {
  await page.goto(`${base}${path}`);
  await page.waitForLoadState('networkidle');
  await page.evaluate((y) => window.scrollTo(0, y), scroll);
  await page.screenshot({ path: `${out}/${name}.png` });
}
await browser.close();
