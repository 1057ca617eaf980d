// Text saved through the forms is shown as text: markup in a theme title, a company name, a
// speaker or a meeting comes back escaped in the HTML, and in chromium no injected script runs
// and no dialog opens, on the public pages and the admin and portal pages that show it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hasChromium, launchBrowser } from '../support/browser';
import { HttpClient, signedInClient } from '../support/http-client';
import { XSS_MARK } from '../support/hostile-inputs';
import { builtActions, callFormAction } from '../support/server-actions';

const baseUrl = inject('baseUrl');

const action = (name: string) => builtActions().find((a) => a.name === name)!;

// Each payload runs alert() and sets the marker if it ever executes.
const fire = `window.${XSS_MARK}=1;alert(1)`;
const payloads = {
  themeTitle: `<img src=x onerror="${fire}">`,
  themeDescription: `<script>${fire}</script> [klik](javascript:${fire}) <svg onload="${fire}">`,
  answer: `<svg/onload=${fire}>`,
  companyName: `"><img src=x onerror=${fire}>`,
  personName: `<iframe srcdoc="<script>${fire}</script>">`,
  speaker: `<details open ontoggle="${fire}">`,
  meetingTitle: `</title><script>${fire}</script>`,
  meetingDescription: `[Læs mere](javascript:${fire})\n\n<img src=x onerror="${fire}">`,
};

/** Markup that would execute if it reached the page unescaped. */
const RAW = [/<img src=x onerror/i, /<svg\/?\s*onload/i, /<script>window\./i, /<iframe srcdoc/i, /<details open ontoggle/i, /href="javascript:/i];

function validCvr(): string {
  const weights = [2, 7, 6, 5, 4, 3, 2, 1];
  for (;;) {
    const digits = [1 + Math.floor(Math.random() * 9), ...Array.from({ length: 7 }, () => Math.floor(Math.random() * 10))];
    if (digits.reduce((sum, d, i) => sum + d * weights[i], 0) % 11 === 0) return digits.join('');
  }
}

describe('hostile text is shown as text', () => {
  let company: HttpClient;
  let admin: HttpClient;
  const pages: { path: string; who: 'public' | 'company' | 'admin'; shows: string }[] = [];

  beforeAll(async () => {
    const stamp = Date.now();
    company = await signedInClient(baseUrl, `shown-${stamp}@firma.test`);
    admin = await signedInClient(baseUrl, 'erhverv@albertslund.test');

    const profile = await callFormAction(company, action('saveProfileAction'), { name: payloads.personName, cvr: validCvr(), companyName: `${payloads.companyName} ${stamp}`, locale: 'da' });
    expect(profile.headers.get('x-action-redirect'), profile.text.slice(0, 300)).toContain('/portal');
    const proposed = await callFormAction(company, action('proposeThemeAction'), { title: payloads.themeTitle, description: payloads.themeDescription, category: 'growth', locale: 'da' });
    expect(proposed.headers.get('x-action-redirect'), proposed.text.slice(0, 300)).toContain('/portal');
    const portal = await (await company.request('/portal')).text();
    const themeId = /\/portal\/themes\/([0-9a-f-]{36})\/edit/.exec(portal)?.[1];
    expect(themeId).toBeTruthy();
    const decided = await callFormAction(admin, action('decideThemeAction'), { themeId: themeId!, version: '1', decision: 'accept', answer: payloads.answer });
    expect(decided.text).toContain('themeAccepted');

    const speaker = await callFormAction(admin, action('saveSpeakerAction'), { name: payloads.speaker, organisation: payloads.companyName });
    expect(speaker.text).toContain('speakerAdded');
    const meeting = await callFormAction(admin, action('saveMeetingAction'), {
      locale: 'da', title: payloads.meetingTitle, startsAt: '2034-04-04T16:00', endsAt: '2034-04-04T18:00', place: payloads.speaker, description: payloads.meetingDescription, capacity: '20', themeIds: themeId!,
    });
    const meetingId = /\/admin\/meetings\/([0-9a-f-]{36})/.exec(meeting.headers.get('x-action-redirect') ?? '')?.[1];
    expect(meetingId, meeting.text.slice(0, 300)).toBeTruthy();

    pages.push(
      { path: '/themes', who: 'public', shows: payloads.themeTitle },
      { path: '/en/themes', who: 'public', shows: payloads.themeTitle },
      { path: '/portal', who: 'company', shows: payloads.themeTitle },
      { path: `/portal/profile`, who: 'company', shows: payloads.personName },
      { path: `/admin/themes/${themeId}`, who: 'admin', shows: payloads.themeTitle },
      { path: '/admin/themes', who: 'admin', shows: payloads.themeTitle },
      { path: '/admin/speakers', who: 'admin', shows: payloads.speaker },
      { path: `/admin/meetings/${meetingId}`, who: 'admin', shows: payloads.meetingTitle },
      { path: '/admin/meetings', who: 'admin', shows: payloads.meetingTitle },
      { path: '/admin/users?q=shown-', who: 'admin', shows: payloads.personName },
    );
  });

  const clientFor = (who: 'public' | 'company' | 'admin') => (who === 'public' ? new HttpClient(baseUrl) : who === 'company' ? company : admin);

  it('escapes the saved markup in the HTML of every page that shows it', async () => {
    for (const page of pages) {
      const html = await (await clientFor(page.who).request(page.path)).text();
      for (const raw of RAW) expect(raw.test(html), `${page.path} holds ${raw}`).toBe(false);
      // The text itself is there, escaped (as element text or attribute value).
      const escaped = page.shows.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      const escapedLoose = page.shows.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      expect(html.includes(escaped) || html.includes(escapedLoose), `${page.path} shows ${page.shows}`).toBe(true);
    }
  });

  describe.skipIf(!hasChromium)('in chromium', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('runs no injected script and opens no dialog on any of these pages', async () => {
      for (const who of ['public', 'company', 'admin'] as const) {
        const context = await browser.newContext();
        const token = who === 'public' ? undefined : clientFor(who).jar.get('authjs.session-token');
        if (token) await context.addCookies([{ name: 'authjs.session-token', value: token, url: baseUrl }]);
        const page = await context.newPage();
        const dialogs: string[] = [];
        page.on('dialog', async (dialog) => {
          dialogs.push(`${page.url()}: ${dialog.message()}`);
          await dialog.dismiss();
        });
        for (const entry of pages.filter((p) => p.who === who)) {
          await page.goto(`${baseUrl}${entry.path}`, { waitUntil: 'load' });
          await page.waitForTimeout(200);
          // What a person sees is the markup as text. On /portal/profile that is the header's
          // "signed in as" line, which comes after /api/me answers: waited for, not raced.
          await page.getByText(entry.shows.slice(0, 20), { exact: false }).first().waitFor({ state: 'visible', timeout: 10_000 });
          expect(await page.evaluate((mark) => (window as unknown as Record<string, unknown>)[mark], XSS_MARK), entry.path).toBeUndefined();
        }
        expect(dialogs).toEqual([]);
        await context.close();
      }
    });
  });
});
