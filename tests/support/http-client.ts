// A tiny browser-less client for the running app: a cookie jar, and sign-in through the real
// sign-in form (email link read from the development mailbox).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

type Jar = Map<string, string>;

export class HttpClient {
  readonly jar: Jar = new Map();
  constructor(readonly baseUrl: string) {}

  private cookieHeader() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = pair.split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value === '') this.jar.delete(name.trim());
      else this.jar.set(name.trim(), value);
    }
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`;
    const headers = new Headers(init.headers);
    if (this.jar.size) headers.set('cookie', this.cookieHeader());
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.store(res);
    return res;
  }

  /** Follows redirects by hand so every hop's cookies land in the jar. */
  async follow(path: string, init: RequestInit = {}, hops = 10): Promise<Response> {
    let res = await this.request(path, init);
    while (hops-- > 0 && res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      res = await this.request(new URL(res.headers.get('location')!, this.baseUrl).toString());
    }
    return res;
  }

  async json<T = unknown>(path: string): Promise<T> {
    const res = await this.request(path);
    return (await res.json()) as T;
  }
}

export type MailboxMessage = { id: string; kind: string; toEmail: string; subject: string; text: string; links: string[]; createdAt: string };

export async function mailboxFor(baseUrl: string, email: string): Promise<MailboxMessage[]> {
  const res = await fetch(`${baseUrl}/api/dev/mailbox?to=${encodeURIComponent(email)}`);
  const body = (await res.json()) as { messages: MailboxMessage[] };
  return body.messages;
}

let signInsFromThisProcess = 0;

/** A client address of its own for each sign-in, as separate people would have (the per-client
 * limit is 20 per 15 minutes; tests/http/auth/sign-in-rate-limit.test.ts tests the limit itself). */
export function nextClientAddress(): string {
  signInsFromThisProcess += 1;
  const n = signInsFromThisProcess;
  return `10.${200 + (process.pid % 50)}.${Math.floor(n / 250) % 250}.${n % 250}`;
}

/** Submits the real sign-in form (the server action) and returns the raw answer. */
export async function submitSignInForm(client: HttpClient, email: string, options: { clientAddress?: string; callbackUrl?: string } = {}) {
  const { builtActions, callFormAction } = await import('./server-actions');
  const action = builtActions().find((a) => a.name === 'requestSignInLink' && a.pagePath === '/signin') ?? builtActions().find((a) => a.name === 'requestSignInLink')!;
  const fields: Record<string, string> = { locale: 'da', email };
  if (options.callbackUrl) fields.callbackUrl = options.callbackUrl;
  return callFormAction(client, action, fields, { 'x-forwarded-for': options.clientAddress ?? nextClientAddress() });
}

/** Asks for a magic link through the sign-in form, as a person does, and returns the emailed link. */
export async function requestMagicLink(client: HttpClient, email: string): Promise<string> {
  const before = (await mailboxFor(client.baseUrl, email)).length;
  const res = await submitSignInForm(client, email);
  if (!res.headers.get('x-action-redirect')?.includes('/signin/check-email')) {
    throw new Error(`sign-in form answered ${res.status}: ${res.text.slice(0, 300)}`);
  }
  const messages = await mailboxFor(client.baseUrl, email);
  if (messages.length <= before) throw new Error(`no sign-in email arrived for ${email}`);
  const link = messages[0].links.find((l) => l.includes('/signin/confirm'));
  if (!link) throw new Error('the sign-in email has no confirmation link');
  return link;
}

/** What the confirmation page's button does: hand the token to Auth.js's callback. */
export function callbackUrlFromConfirmLink(baseUrl: string, confirmLink: string): string {
  const query = new URL(confirmLink).searchParams;
  return `${baseUrl}/api/auth/callback/resend?${query.toString()}`;
}

// Sessions made by signedInClient, shared by the test files of one app server (they run one after
// another). Signing in goes through the real form, which allows 5 links per address in 15
// minutes; the demo users sign in in many files, so each reuses a session that still works.
function sessionCacheFile(baseUrl: string) {
  return path.join(tmpdir(), `ef-test-sessions-${createHash('sha256').update(baseUrl).digest('hex').slice(0, 16)}.json`);
}

function readSessionCache(baseUrl: string): Record<string, string> {
  try {
    return JSON.parse(readFileSync(sessionCacheFile(baseUrl), 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

/** A client signed in as `email`: a session from an earlier sign-in when it still works. */
export async function signedInClient(baseUrl: string, email: string): Promise<HttpClient> {
  const cached = readSessionCache(baseUrl)[email];
  if (cached) {
    const client = new HttpClient(baseUrl);
    client.jar.set('authjs.session-token', cached);
    const me = await client.json<{ signedIn: boolean }>('/api/me');
    if (me.signedIn) return client;
  }
  const client = await freshlySignedInClient(baseUrl, email);
  writeFileSync(sessionCacheFile(baseUrl), JSON.stringify({ ...readSessionCache(baseUrl), [email]: client.jar.get('authjs.session-token') }));
  return client;
}

/** Signs in through the form and the emailed link every time (a session of its own). */
export async function freshlySignedInClient(baseUrl: string, email: string): Promise<HttpClient> {
  const client = new HttpClient(baseUrl);
  const link = await requestMagicLink(client, email);
  await client.follow(callbackUrlFromConfirmLink(baseUrl, link));
  if (!client.jar.has('authjs.session-token')) throw new Error(`sign-in failed for ${email}`);
  return client;
}
