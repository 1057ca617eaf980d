// Signs in on a `next start` instance through the sign-in form, reading the emailed link from
// what the Resend stand-in was asked to send. The link is queued with its token and sent by the
// instance's outbox worker (woken at the commit), so it is awaited, not read at once.
import { expect } from 'vitest';
import { HttpClient, callbackUrlFromConfirmLink, nextClientAddress } from './http-client';
import type { NextInstance } from './next-instances';
import type { ResendStub } from './resend-stub';
import { builtActions, callFormAction } from './server-actions';

type SentEmail = { to: string[] | string; text?: string };

function linksTo(stub: ResendStub, email: string) {
  return stub.requests
    .filter((r) => r.path === '/emails/batch' || r.path === '/emails')
    .flatMap((r) => (Array.isArray(r.body) ? (r.body as SentEmail[]) : [r.body as SentEmail]))
    .filter((e) => [e.to].flat().includes(email))
    .map((e) => /https?:\/\/[^\s"'<>]+\/signin\/confirm\?[^\s"'<>]+/.exec(e.text ?? '')?.[0]);
}

export async function signInThroughResendStub(instance: NextInstance, stub: ResendStub, email: string): Promise<HttpClient> {
  const requestLink = builtActions().find((a) => a.name === 'requestSignInLink');
  if (!requestLink) throw new Error('no server action requestSignInLink in the build');
  const client = new HttpClient(instance.baseUrl);
  const known = new Set(linksTo(stub, email));
  const res = await callFormAction(client, requestLink, { email, locale: 'da' }, { 'x-forwarded-for': nextClientAddress() });
  expect(res.headers.get('x-action-redirect')).toContain('/signin/check-email');
  const fresh = () => linksTo(stub, email).find((l) => l && !known.has(l));
  for (let waited = 0; !fresh() && waited < 10_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  const link = fresh();
  if (!link) throw new Error(`no sign-in link was sent to ${email}`);
  await client.follow(callbackUrlFromConfirmLink(instance.baseUrl, link));
  expect(client.jar.has('authjs.session-token')).toBe(true);
  return client;
}
