// Unsubscribing over HTTP: the RFC 8058 one-click POST a mail provider makes from its own server
// (no cookies, another origin) unsubscribes at once; opening the emailed link (a GET, as a mail
// scanner does) changes nothing until the button is pressed; a forged code is refused. The
// secretariat's subscriber page shows the result.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { signedInClient, type HttpClient } from '../../support/http-client';
import { unsubscribeCodeFor } from '../../support/unsubscribe-code';

const baseUrl = inject('baseUrl');
const tag = Date.now().toString(36);

describe('unsubscribing by link and by one-click POST', () => {
  let admin: HttpClient;
  beforeAll(async () => {
    admin = await signedInClient(baseUrl, 'erhverv@albertslund.test');
  });

  const isBlocked = async (email: string) => {
    const html = await (await admin.request('/admin/subscribers')).text();
    return html.includes(`data-suppressed="${email}"`);
  };

  it('unsubscribes at once on a one-click POST without a session, from another origin', async () => {
    const email = `oneclick-${tag}@example.test`;
    const res = await fetch(`${baseUrl}/api/unsubscribe?code=${encodeURIComponent(unsubscribeCodeFor(email))}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://mail.provider.example' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ unsubscribed: true });
    expect(await isBlocked(email)).toBe(true);
  });

  it('refuses a forged code on the one-click POST and on the page', async () => {
    const email = `forged-${tag}@example.test`;
    const forged = `${Buffer.from(email).toString('base64url')}.bm90LWEtc2lnbmF0dXJl`;
    const res = await fetch(`${baseUrl}/api/unsubscribe?code=${encodeURIComponent(forged)}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(400);
    const page = await fetch(`${baseUrl}/unsubscribe?code=${encodeURIComponent(forged)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Linket virker ikke');
    expect(await isBlocked(email)).toBe(false);
  });

  it('changes nothing when the emailed link is only opened (GET), on the page or the API address', async () => {
    const email = `scanner-${tag}@example.test`;
    const code = encodeURIComponent(unsubscribeCodeFor(email));
    const page = await fetch(`${baseUrl}/unsubscribe?code=${code}`);
    const html = await page.text();
    expect(html).toContain('Frameld mig');
    expect(html).toContain(email);
    const head = await fetch(`${baseUrl}/unsubscribe?code=${code}`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const api = await fetch(`${baseUrl}/api/unsubscribe?code=${code}`, { redirect: 'manual' });
    expect(api.status).toBe(303);
    expect(api.headers.get('location')).toContain(`/unsubscribe?code=${code}`);
    expect(await isBlocked(email)).toBe(false);
  });
});
