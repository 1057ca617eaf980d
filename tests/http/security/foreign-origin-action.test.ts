// A server action posted from another site is refused with 403 before it runs, instead of Next's
// 500 and error page; the same form from the site itself is answered as usual. Also the unit of
// the rule (lib/http/foreign-origin-action.ts) for the host a proxy in front names.
import { describe, expect, inject, it } from 'vitest';
import { foreignOriginActionResponse } from '@/lib/http/foreign-origin-action';
import { HttpClient, nextClientAddress } from '../../support/http-client';
import { builtActions } from '../../support/server-actions';

const baseUrl = inject('baseUrl');

/** The sign-in form's action, posted as React posts a form, with the Origin given. */
async function postSignIn(origin: string | null, path = '/signin') {
  const action = builtActions().find((a) => a.name === 'requestSignInLink');
  if (!action) throw new Error('no built action requestSignInLink');
  const body = new FormData();
  body.append('_1_email', 'ukendt@virksomhed.test');
  body.append('_1_locale', 'da');
  body.set('0', JSON.stringify([{ status: 'idle' }, '$K1']));
  const headers: Record<string, string> = { 'next-action': action.id, accept: 'text/x-component', 'x-forwarded-for': nextClientAddress() };
  if (origin !== null) headers.origin = origin;
  const res = await new HttpClient(baseUrl).request(path, { method: 'POST', headers, body });
  return { status: res.status, text: await res.text() };
}

describe('a server action from another origin', () => {
  it('is refused with 403, not a 500 page', async () => {
    const answer = await postSignIn('https://angriber.example');
    expect(answer.status).toBe(403);
    expect(answer.text).not.toContain('<html');
  });

  it('is refused with 403 at an address with a dot, which the page matcher leaves out', async () => {
    expect((await postSignIn('https://angriber.example', '/meetings/a.b')).status).toBe(403);
    expect((await postSignIn('https://angriber.example', '/en/signin.x')).status).toBe(403);
  });

  it('is refused with 403 when the origin is "null"', async () => {
    expect((await postSignIn('null')).status).toBe(403);
  });

  it('is answered as usual from the site itself', async () => {
    const answer = await postSignIn(baseUrl);
    expect(answer.status).toBe(200);
  });
});

describe('the foreign-origin rule', () => {
  const post = (headers: Record<string, string>) => new Request('http://intern:3000/signin', { method: 'POST', headers: { 'next-action': 'x', ...headers } });

  it('compares with the host a proxy in front names, as Next does', () => {
    expect(foreignOriginActionResponse(post({ origin: 'https://erhverv.dk', host: 'intern:3000', 'x-forwarded-host': 'erhverv.dk' }))).toBeUndefined();
    expect(foreignOriginActionResponse(post({ origin: 'https://andet.dk', host: 'intern:3000', 'x-forwarded-host': 'erhverv.dk' }))?.status).toBe(403);
  });

  it('leaves requests without Origin, and everything but actions, to Next', () => {
    expect(foreignOriginActionResponse(post({ host: 'erhverv.dk' }))).toBeUndefined();
    expect(foreignOriginActionResponse(new Request('http://erhverv.dk/', { method: 'POST', headers: { origin: 'https://andet.dk' } }))).toBeUndefined();
  });
});
