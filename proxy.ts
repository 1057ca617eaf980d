// Routing (Danish without prefix, English under /en), the per-request Content-Security-Policy and
// the requested path for the gate's sign-in redirect.
// Security checks never live here: the gate in lib/auth runs in every page, action and handler.
// Addresses and bodies no page can serve are refused first (lib/http), so they never answer 500;
// an over-long query value is cut by a redirect so the page can say which field is too long.
import createMiddleware from 'next-intl/middleware';
import { NextRequest } from 'next/server';
import { REQUESTED_PATH_HEADER, requestedPathOf } from './lib/auth/requested-path';
import { overlongQueryRedirect, overlongQueryRefusal } from './lib/http/overlong-query';
import { oversizedRequestResponse } from './lib/http/oversized-request';
import { refusedUrlResponse } from './lib/http/refused-url';
import { routing } from './lib/i18n/routing';
import { noncePolicy } from './lib/security/content-security-policy.mjs';
import { isStaticPublicPath } from './lib/security/static-public-paths';

const handleI18nRouting = createMiddleware(routing);

function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

export default function proxy(request: NextRequest) {
  // Route handlers pass through here only to refuse an over-long query (see the matcher).
  if (request.nextUrl.pathname.startsWith('/api/')) return overlongQueryRefusal(request.nextUrl);

  const refused = refusedUrlResponse(request.nextUrl) ?? oversizedRequestResponse(request) ?? overlongQueryRedirect(request.nextUrl, request.method);
  if (refused) return refused;

  // Cached public pages carry a hash-based policy stored with the page (csp-cache-handler.mjs).
  if (isStaticPublicPath(request.nextUrl.pathname)) return handleI18nRouting(request);

  // Next reads the nonce from the request's policy and puts it on every script it renders.
  const policy = noncePolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  // So that sign-in returns to this page, not to the area whose layout asked first (lib/auth/gate.ts).
  headers.set(REQUESTED_PATH_HEADER, requestedPathOf(request.nextUrl));
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', policy);
  // A page with a nonce is made for one request; no shared cache may keep it.
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

export const config = {
  // Everything except API routes, Next internals and files with an extension.
  matcher: ['/((?!api|_next|_vercel|.*\\..*).*)', '/api/:path*'],
};
