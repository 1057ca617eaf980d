// A signed-out visitor who opens a page deep inside an area is sent to sign in and, after the
// real sign-in flow (form, email link, confirmation), lands on that page, not on the area's
// front page whose layout turned them away first. Danish and English paths.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { callbackUrlFromConfirmLink, HttpClient, mailboxFor, signedInClient } from '../../support/http-client';
import { actionNamed } from '../../support/matrix-sessions';
import { callFormAction } from '../../support/server-actions';

const baseUrl = inject('baseUrl');
const chair = 'borgmester@albertslund.test';
const company = 'direktoer@lysteknik.test';

/** Where a signed-out request for `path` is sent to sign in, and the return path it names. */
async function signInRedirect(path: string, headers: Record<string, string> = {}) {
  const res = await new HttpClient(baseUrl).request(path, { headers });
  await res.body?.cancel();
  expect(res.status, path).toBe(307);
  const target = new URL(res.headers.get('location')!, baseUrl);
  return { signInPath: target.pathname, back: target.searchParams.get('callbackUrl') };
}

/** Signs in as a visitor does: opens the sign-in page it was sent to, submits the form, uses the emailed link. */
async function signInFrom(client: HttpClient, signInUrl: string, email: string, locale: 'da' | 'en') {
  const page = await client.request(signInUrl);
  const html = await page.text();
  const callbackUrl = /name="callbackUrl" value="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&');
  expect(callbackUrl, 'the sign-in form carries the return path').toBeTruthy();

  const before = (await mailboxFor(baseUrl, email)).length;
  const address = `10.91.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
  const sent = await callFormAction(client, actionNamed('requestSignInLink'), { email, callbackUrl: callbackUrl!, locale }, { 'x-forwarded-for': address });
  expect(sent.status, sent.text.slice(0, 300)).toBeLessThan(400);
  const messages = await mailboxFor(baseUrl, email);
  expect(messages.length, 'a sign-in email arrived').toBeGreaterThan(before);
  const link = messages[0].links.find((l) => l.includes('/signin/confirm'))!;
  return client.follow(callbackUrlFromConfirmLink(baseUrl, link));
}

describe('signing in from a deep link', () => {
  let themeId: string;

  beforeAll(async () => {
    const admin = await signedInClient(baseUrl, chair);
    const list = await (await admin.request('/admin/themes')).text();
    themeId = /\/admin\/themes\/([0-9a-f-]{36})/.exec(list)?.[1] ?? '';
    expect(themeId, 'a theme in the admin list').toBeTruthy();
  });

  it('names the page asked for, not the area, as the return path (Danish and English)', async () => {
    expect(await signInRedirect(`/admin/themes/${themeId}`)).toEqual({ signInPath: '/signin', back: `/admin/themes/${themeId}` });
    expect(await signInRedirect(`/en/admin/themes/${themeId}`)).toEqual({ signInPath: '/en/signin', back: `/en/admin/themes/${themeId}` });
    expect(await signInRedirect('/en/portal/themes/new')).toEqual({ signInPath: '/en/signin', back: '/en/portal/themes/new' });
    expect(await signInRedirect('/council/statistics')).toEqual({ signInPath: '/signin', back: '/council/statistics' });
  });

  it('keeps the query, drops the router cache-buster, and ignores a path the client claims', async () => {
    expect((await signInRedirect('/admin/audit?page=2&_rsc=abc')).back).toBe('/admin/audit?page=2');
    const forged = await signInRedirect('/portal/profile', { 'x-erhvervsforum-requested-path': '//evil.example/phish' });
    expect(forged.back).toBe('/portal/profile');
  });

  it('lands a staff member on the admin page they opened, after the whole sign-in flow', async () => {
    const client = new HttpClient(baseUrl);
    const deepLink = `/admin/themes/${themeId}`;
    const first = await client.request(deepLink);
    expect(first.status).toBe(307);
    const landed = await signInFrom(client, first.headers.get('location')!, chair, 'da');
    expect(landed.status).toBe(200);
    expect(new URL(landed.url).pathname).toBe(deepLink);
    expect(client.jar.has('authjs.session-token')).toBe(true);
  });

  it('lands a company on the English portal page they opened, after the whole sign-in flow', async () => {
    const client = new HttpClient(baseUrl);
    const first = await client.request('/en/portal/themes/new');
    expect(first.status).toBe(307);
    const landed = await signInFrom(client, first.headers.get('location')!, company, 'en');
    expect(landed.status).toBe(200);
    expect(new URL(landed.url).pathname).toBe('/en/portal/themes/new');
    expect(await landed.text()).toContain('lang="en"');
  });
});
