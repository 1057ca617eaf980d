// The sign-in flow over plain HTTP against the production build.
import { inject, describe, expect, it } from 'vitest';
import { callbackUrlFromConfirmLink, freshlySignedInClient, HttpClient, mailboxFor, requestMagicLink } from '../../support/http-client';

const baseUrl = inject('baseUrl');

describe('signing in with an email link', () => {
  it('emails a link to our confirmation page; opening it spends nothing; the button signs in', async () => {
    const client = new HttpClient(baseUrl);
    const email = `new-${Date.now()}@firma.test`;
    const link = await requestMagicLink(client, email);
    expect(link).toMatch(/\/signin\/confirm\?token=/);

    // A mail scanner opening the link (GET and HEAD) does not use it up.
    const scanner = new HttpClient(baseUrl);
    expect((await scanner.request(link)).status).toBe(200);
    expect((await scanner.request(link, { method: 'HEAD' })).status).toBe(200);
    expect(scanner.jar.has('authjs.session-token')).toBe(false);

    const landed = await client.follow(callbackUrlFromConfirmLink(baseUrl, link));
    expect(landed.url).toContain('/portal');
    expect(landed.status).toBe(200);
    expect(await landed.text()).toContain('Min side');
    const me = await client.json<{ signedIn: boolean; area: string }>('/api/me');
    expect(me).toMatchObject({ signedIn: true, area: '/portal' });
  });

  it('refuses a link that was already used, with a clear page', async () => {
    const client = new HttpClient(baseUrl);
    const email = `twice-${Date.now()}@firma.test`;
    const link = await requestMagicLink(client, email);
    await client.follow(callbackUrlFromConfirmLink(baseUrl, link));
    const again = new HttpClient(baseUrl);
    const res = await again.follow(callbackUrlFromConfirmLink(baseUrl, link));
    expect(res.url).toContain('/signin/error?error=Verification');
    expect(await res.text()).toContain('Linket er udløbet eller er allerede brugt');
    expect(again.jar.has('authjs.session-token')).toBe(false);
  });

  it('signs out again', async () => {
    // A session of its own: signing out ends it, and other files share the demo users' sessions.
    const client = await freshlySignedInClient(baseUrl, `signout-${Date.now()}@firma.test`);
    const { csrfToken } = await client.json<{ csrfToken: string }>('/api/auth/csrf');
    await client.request('/api/auth/signout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken }),
    });
    expect(await client.json('/api/me')).toEqual({ signedIn: false });
    expect((await client.request('/portal')).status).toBe(307);
  });

  it('answers a known and an unknown address alike, and writes the email in the recipient language', async () => {
    const client = new HttpClient(baseUrl);
    await requestMagicLink(client, 'byraad@albertslund.test');
    const [message] = await mailboxFor(baseUrl, 'byraad@albertslund.test');
    expect(message.subject).toBe('Dit login-link til Strategisk Erhvervsforum');
  });
});
