// The sign-in limits over HTTP, through the real sign-in form (the requestSignInLink action):
// 5 links per address and 20 per client in 15 minutes, the client being the last
// X-Forwarded-For entry (the one our proxy appends). Auth.js's own endpoint, which would send
// links past these limits, is closed.
import { describe, expect, inject, it } from 'vitest';
import { HttpClient, mailboxFor, submitSignInForm } from '../../support/http-client';
import da from '../../../lib/i18n/messages/da/auth.json';
import { actionState } from '../security/hostile-call';

const baseUrl = inject('baseUrl');

const stamp = `${process.pid}-${Date.now().toString(36)}`;
let addressCounter = 0;
/** A client address no other test uses. */
const freshClient = () => `172.${16 + (process.pid % 16)}.${Date.now() % 250}.${(addressCounter += 1)}`;

async function ask(email: string, clientAddress: string) {
  const answer = await submitSignInForm(new HttpClient(baseUrl), email, { clientAddress });
  const sent = answer.headers.get('x-action-redirect')?.includes('/signin/check-email') ?? false;
  return { sent, state: actionState(answer.text), status: answer.status };
}

describe('sign-in rate limits', () => {
  it('sends at most 5 links to one address in 15 minutes, whichever client asks', async () => {
    const email = `limit-address-${stamp}@firma.test`;
    for (let i = 0; i < 5; i++) expect((await ask(email, freshClient())).sent).toBe(true);
    const refused = await ask(email, freshClient());
    expect(refused.sent).toBe(false);
    expect(refused.status).toBe(200);
    expect(refused.state).toMatchObject({ status: 'error', message: 'rateLimited' });
    expect(await mailboxFor(baseUrl, email)).toHaveLength(5);
  });

  it('sends at most 20 links for one client in 15 minutes, keyed on the last X-Forwarded-For entry', async () => {
    const client = freshClient();
    // What the client itself puts first is ignored: only the entry our proxy appended counts.
    const spoofed = (i: number) => `203.0.113.${i}, ${client}`;
    for (let i = 0; i < 20; i++) expect((await ask(`limit-client-${stamp}-${i}@firma.test`, spoofed(i))).sent, `link ${i + 1}`).toBe(true);
    const refused = await ask(`limit-client-${stamp}-20@firma.test`, spoofed(99));
    expect(refused.state).toMatchObject({ status: 'error', message: 'rateLimited' });
    expect(await mailboxFor(baseUrl, `limit-client-${stamp}-20@firma.test`)).toHaveLength(0);
    // Another client is not affected.
    expect((await ask(`limit-client-${stamp}-21@firma.test`, freshClient())).sent).toBe(true);
  });

  it('answers the refused request with the message and what was typed', async () => {
    const email = `limit-page-${stamp}@firma.test`;
    for (let i = 0; i < 5; i++) await ask(email, freshClient());
    const refused = await submitSignInForm(new HttpClient(baseUrl), email, { clientAddress: freshClient() });
    expect(actionState(refused.text)).toMatchObject({ message: 'rateLimited', values: { email } });
    // The form shows state.message from auth.signIn: the text a person reads.
    expect(da.signIn.rateLimited).toMatch(/for mange login-links/);
  });

  it('closes Auth.js own sign-in endpoint, so no link is sent past the limits', async () => {
    const client = new HttpClient(baseUrl);
    const { csrfToken } = await client.json<{ csrfToken: string }>('/api/auth/csrf');
    const email = `limit-bypass-${stamp}@firma.test`;
    for (const path of ['/api/auth/signin/resend', '/api/auth/signin/email', '/api/auth/signin']) {
      const res = await client.request(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email, csrfToken, callbackUrl: baseUrl }),
      });
      expect(res.status, path).toBe(404);
    }
    expect(await mailboxFor(baseUrl, email)).toHaveLength(0);
  });
});
