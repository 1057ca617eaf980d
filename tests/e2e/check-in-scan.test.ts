// The door in a real browser: a real ticket's QR code, drawn by the same library as the ticket
// image and played to Chromium as its (fake) camera, is scanned on the check-in page and checks
// the person in; the next scan says "already checked in"; the ticket's PNG from the QR route,
// given to "Scan from a photo", is read the same way; the page and the portal's ticket page are
// axe-clean at 1280 and 375 px.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactsDir, CHROMIUM_FLAGS, CHROMIUM_PATH, hasChromium, openWithSessionOf, screenshot } from '../support/browser';
import { cancelMeetingMadeToday, publishMeetingToday, registerPerson, ticketCodeForTestServer } from '../support/fixtures-check-in';
import { signedInClient } from '../support/http-client';
import { actionNamed, demoEmails } from '../support/matrix-sessions';
import { callFormAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

/** A Y4M video (4:2:0, grey) showing the QR code of `text` on white: Chromium's fake camera plays it in a loop. */
async function qrVideo(text: string, file: string) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  const size = qr.modules.size;
  const [width, height] = [640, 480];
  const cell = Math.floor(400 / (size + 8));
  const offsetX = Math.floor((width - size * cell) / 2);
  const offsetY = Math.floor((height - size * cell) / 2);
  const luma = Buffer.alloc(width * height, 235);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!qr.modules.get(y, x)) continue;
      for (let dy = 0; dy < cell; dy++) luma.fill(16, (offsetY + y * cell + dy) * width + offsetX + x * cell, (offsetY + y * cell + dy) * width + offsetX + (x + 1) * cell);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]));
}

async function axeProblems(page: Page, label: string) {
  const problems: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    // Right after an action Next streams the <title> back; axe waits for it (a title that never comes still fails).
    await page.waitForFunction(() => document.title.trim() !== '', null, { timeout: 10_000 });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    for (const v of violations) problems.push(`${label} ${viewport.name}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > viewport.width) problems.push(`${label} ${viewport.name}: scrolls sideways (${scrollWidth}px)`);
    await screenshot(page, `check-in-${label}-${viewport.name}`);
  }
  await page.setViewportSize(VIEWPORTS[1]);
  return problems;
}

describe.skipIf(!hasChromium)('scanning a ticket at the door', () => {
  let browser: Browser;
  let meetingId: string;
  let code: string;
  const stamp = Date.now().toString(36);
  const name = `Scanne Person ${stamp}`;

  beforeAll(async () => {
    const admin = await signedInClient(baseUrl, demoEmails.secretariat);
    meetingId = await publishMeetingToday(admin, `Scannemøde ${stamp}`);
    const attendeeId = await registerPerson(admin, meetingId, { email: `scan-${stamp}@firma.test`, name });
    code = ticketCodeForTestServer(attendeeId);
    mkdirSync(artifactsDir, { recursive: true });
    const video = path.join(artifactsDir, `check-in-ticket-${stamp}.y4m`);
    await qrVideo(code, video);
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_FLAGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-video-capture=${video}`],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (meetingId) await cancelMeetingMadeToday(await signedInClient(baseUrl, demoEmails.secretariat), meetingId);
  });

  it('checks the person in from the camera, says "already" at the second scan, and reads a photo of the ticket', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    await openWithSessionOf(page, baseUrl, demoEmails.secretariat);
    const response = await page.goto(`${baseUrl}/admin/meetings/${meetingId}/check-in`);
    expect(response?.status()).toBe(200);
    // This page alone may use the camera (lib/security-headers.ts); one policy, not two.
    expect(response?.headers()['permissions-policy']).toContain('camera=(self)');
    expect(response?.headers()['permissions-policy']).not.toContain('camera=()');
    await page.getByText('Tjekket ind 0 / forventet 1').waitFor();
    const problems = await axeProblems(page, 'page');

    const result = page.getByTestId('door-result');
    await page.getByRole('button', { name: 'Scan billet' }).click();
    await result.getByText(`Tjekket ind: ${name}`).waitFor({ timeout: 20_000 });
    await page.getByText('Tjekket ind 1 / forventet 1').waitFor();
    problems.push(...(await axeProblems(page, 'checked-in')));

    await page.getByRole('button', { name: 'Scan billet' }).click();
    await result.getByText(/^Allerede tjekket ind kl\. \d\d\.\d\d: /).waitFor({ timeout: 20_000 });
    expect(await result.textContent()).toContain(name);
    problems.push(...(await axeProblems(page, 'already')));

    // The ticket's own image (the QR route), as a photo.
    const png = Buffer.from(await (await fetch(`${baseUrl}/api/tickets/qr?code=${encodeURIComponent(code)}`)).arrayBuffer());
    await page.getByLabel('Scan fra et foto').setInputFiles({ name: 'billet.png', mimeType: 'image/png', buffer: png });
    await result.getByText(/^Allerede tjekket ind kl\./).waitFor();

    // A forged ticket, as a photo.
    const forgedPng = await QRCode.toBuffer(`${code.slice(0, -1)}${code.endsWith('A') ? 'B' : 'A'}`, { errorCorrectionLevel: 'Q', scale: 8 });
    await page.getByLabel('Scan fra et foto').setInputFiles({ name: 'falsk.png', mimeType: 'image/png', buffer: forgedPng });
    await result.getByText('Ugyldig billet').waitFor();

    // Found by name with the keyboard; undo, then check in again by one tap.
    await page.getByLabel('Navn eller virksomhed').fill(name.slice(0, 8));
    await page.getByRole('button', { name: `Fortryd tjek ind af ${name}` }).press('Enter');
    await result.getByText(`Fortrudt: ${name} er ikke længere tjekket ind.`).waitFor();
    await page.getByText('Tjekket ind 0 / forventet 1').waitFor();
    await page.getByRole('button', { name: `Tjek ${name} ind` }).click();
    await result.getByText(`Tjekket ind: ${name}`).waitFor();
    problems.push(...(await axeProblems(page, 'search')));

    // A walk-in.
    await page.getByLabel('Navn', { exact: true }).fill(`Gæst ${stamp}`);
    await page.getByLabel(/^Virksomhed/).fill('Dørens Bageri');
    await page.getByRole('button', { name: 'Tilføj og tjek ind' }).click();
    await result.getByText(`Tjekket ind: Gæst ${stamp}, Dørens Bageri`).waitFor();
    await page.getByText('Tjekket ind 2 / forventet 2').waitFor();
    // The search still answers after a walk-in (the page settles: no render loop keeps resetting it).
    await page.getByLabel('Navn eller virksomhed').fill(`Gæst ${stamp}`);
    await page.getByRole('button', { name: `Fortryd tjek ind af Gæst ${stamp}` }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the live count on a second phone', async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    await openWithSessionOf(page, baseUrl, demoEmails.chair);
    await page.goto(`${baseUrl}/admin/meetings/${meetingId}/check-in`);
    const admin = await signedInClient(baseUrl, demoEmails.secretariat);
    const before = (await (await admin.request(`/api/admin/meetings/${meetingId}/check-in`)).json()).count;
    await page.getByText(`Tjekket ind ${before.checkedIn} / forventet ${before.expected}`).waitFor();
    // Another phone adds a walk-in; this one shows it within a few seconds, without reloading.
    const other = await (await browser.newContext({ viewport: VIEWPORTS[1] })).newPage();
    await openWithSessionOf(other, baseUrl, demoEmails.secretariat);
    await other.goto(`${baseUrl}/admin/meetings/${meetingId}/check-in`);
    await other.getByLabel('Navn', { exact: true }).fill(`Anden gæst ${stamp}`);
    await other.getByRole('button', { name: 'Tilføj og tjek ind' }).click();
    await other.getByTestId('door-result').getByText(`Tjekket ind: Anden gæst ${stamp}`).waitFor();
    await page.getByText(`Tjekket ind ${before.checkedIn + 1} / forventet ${before.expected + 1}`).waitFor({ timeout: 10_000 });
    await context.close();
  });

  it('shows a registrant their colleague\'s ticket in the portal, with a QR code that reads back', async () => {
    const company = await signedInClient(baseUrl, demoEmails.company);
    const registered = await callFormAction(company, actionNamed('registerAction'), { meetingId, colleagues: '1', note: '' });
    // Registration closes when the meeting starts: after 23.00 the meeting of the day is already under way.
    if (!registered.text.includes('"message":"registered"')) return console.info('[check-in] registration closed for today\'s meeting; portal ticket not shown');
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    await openWithSessionOf(page, baseUrl, demoEmails.company);
    await page.goto(`${baseUrl}/portal`);
    await page.getByRole('link', { name: 'Billet: Kollega (navn mangler)' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Billet: Kollega (navn mangler)' }).waitFor();
    const image = page.getByRole('img', { name: /QR-kode/ });
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await axeProblems(page, 'portal-ticket')).toEqual([]);
    // Another company's person gets "not found" for the same address.
    const other = await (await browser.newContext({ viewport: VIEWPORTS[1] })).newPage();
    await openWithSessionOf(other, baseUrl, demoEmails.otherCompany);
    expect((await other.goto(page.url()))?.status()).toBe(404);
    await context.close();
  });
});
