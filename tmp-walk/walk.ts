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
for (const [w, h] of [[1280, 900], [375, 800]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h } });
  const page = await ctx.newPage();
  await page.goto(`${base}/subscribe`); await page.screenshot({ path: `${out}/subscribe-${w}.png`, fullPage: true });
  await signIn(page, 'erhverv@albertslund.test');
  await page.goto(`${base}/admin/companies`); await page.screenshot({ path: `${out}/companies-${w}.png`, fullPage: true });
  await page.goto(`${base}/admin/subscribers`); await page.screenshot({ path: `${out}/subscribers-${w}.png`, fullPage: true });
  await page.goto(`${base}/admin/meetings`);
  const href = await page.locator('a[href*="/admin/meetings/"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
  console.log(href.slice(0, 12).join('\n'));
  await ctx.close();
}
await browser.close();
