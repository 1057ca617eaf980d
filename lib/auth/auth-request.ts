// What Auth.js's own endpoints receive, made safe first. Auth.js answers 500 when the
// callbackUrl query parameter or cookie is not an http(s) URL (its config check), and when a
// query value holds control characters it copies them into a Location header, which Node
// refuses. Such values come only from tampering: they are dropped, and Auth.js goes home instead.
import 'server-only';
import { NextRequest } from 'next/server';
import { safeReturnPath } from './safe-return-path';

const CALLBACK_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];
const CONTROL = /[\u0000-\u001f\u007f]/;

function isOwnCallback(value: string, origin: string): boolean {
  if (safeReturnPath(value)) return true;
  try {
    return new URL(value).origin === origin && !CONTROL.test(value);
  } catch {
    return false;
  }
}

function withoutBadCallbackCookie(cookieHeader: string | null, origin: string): string | null {
  if (!cookieHeader) return cookieHeader;
  return cookieHeader
    .split(/;\s*/)
    .filter((pair) => {
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      if (!CALLBACK_COOKIES.includes(name)) return true;
      try {
        return isOwnCallback(decodeURIComponent(pair.slice(at + 1)), origin);
      } catch {
        return false;
      }
    })
    .join('; ');
}

export async function sanitizeAuthRequest(request: NextRequest): Promise<NextRequest> {
  const url = new URL(request.url);
  const origin = request.nextUrl.origin;
  let changed = false;
  for (const [key, value] of [...url.searchParams]) {
    if (CONTROL.test(value) || CONTROL.test(key) || (key === 'callbackUrl' && !isOwnCallback(value, origin))) {
      url.searchParams.delete(key);
      changed = true;
    }
  }
  const headers = new Headers(request.headers);
  const cookies = withoutBadCallbackCookie(headers.get('cookie'), origin);
  if (cookies !== headers.get('cookie')) {
    if (cookies) headers.set('cookie', cookies);
    else headers.delete('cookie');
    changed = true;
  }
  if (!changed) return request;
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
  return new NextRequest(url, { method: request.method, headers, body });
}
