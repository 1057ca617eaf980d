// Routing (Danish without prefix, English under /en), the per-request Content-Security-Policy and
// the requested path for the gate's sign-in redirect.
// Security checks never live here: the gate in lib/auth runs in every page, action and handler.
// Addresses and bodies no page can serve are refused first (lib/http), so they never answer 500;
// an over-long query value is cut by a redirect so the page can say which field is too long.
import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { REQUESTED_PATH_HEADER, requestedPathOf } from './lib/auth/requested-path';
import { repairSignedInHint } from './lib/auth/signed-in-hint-proxy';
import { foreignOriginActionResponse } from './lib/http/foreign-origin-action';
import { overlongQueryRedirect, overlongQueryRefusal } from './lib/http/overlong-query';
import { oversizedRequestResponse } from './lib/http/oversized-request';
import { refusedUrlResponse } from './lib/http/refused-url';
import { routing } from './lib/i18n/routing';
import { noncePolicy } from './lib/security/content-security-policy.mjs';
import { isStaticPublicPath } from './lib/security/static-public-paths';
import { REQUEST_ID_HEADER, requestIdFrom } from './lib/log/request-context';

const handleI18nRouting = createMiddleware(routing);

function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
}

export default function proxy(request: NextRequest) {
  // Route handlers pass through here only to refuse an over-long query or a foreign server-action
  // post (see the matcher); they check everything else themselves (guardedRoute).
  if (request.nextUrl.pathname.startsWith('/api/')) {
    return overlongQueryRefusal(request.nextUrl) ?? foreignOriginActionResponse(request) ?? NextResponse.next();
  }

  const refused =
    refusedUrlResponse(request.nextUrl) ??
    oversizedRequestResponse(request) ??
    foreignOriginActionResponse(request) ??
    overlongQueryRedirect(request.nextUrl, request.method);
  if (refused) return refused;
  // Reached only through the matcher's server-action entry (see config): nothing more to do.
  if (outsidePages(request.nextUrl.pathname)) return NextResponse.next();

  // One id per request for the logs (lib/log), passed on to the page and sent back to the caller.
  const requestId = requestIdFrom(request.headers);
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);

  // Cached public pages carry a hash-based policy stored with the page (csp-cache-handler.mjs).
  if (isStaticPublicPath(request.nextUrl.pathname)) {
    const response = handleI18nRouting(new NextRequest(request, { headers }));
    response.headers.set(REQUEST_ID_HEADER, requestId);
    repairSignedInHint(request, response);
    return response;
  }

  // Next reads the nonce from the request's policy and puts it on every script it renders.
  const policy = noncePolicy(newNonce(), { dev: process.env.NODE_ENV === 'development' });
  headers.set('content-security-policy', policy);
  // So that sign-in returns to this page, not to the area whose layout asked first (lib/auth/gate.ts).
  headers.set(REQUESTED_PATH_HEADER, requestedPathOf(request.nextUrl));
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set('Content-Security-Policy', policy);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  // A page with a nonce is made for one request; no shared cache may keep it.
  response.headers.set('Cache-Control', 'private, no-store');
  repairSignedInHint(request, response);
  return response;
}

/** Addresses the first matcher entry leaves out: API routes, Next internals, files with an extension. */
function outsidePages(pathname: string): boolean {
  return /^\/(api|_next|_vercel)/.test(pathname) || pathname.includes('.');
}

export const config = {
  matcher: [
    // Everything except API routes, Next internals and files with an extension.
    '/((?!api|_next|_vercel|.*\\..*).*)',
    // Route handlers, for the over-long query check only.
    '/api/:path*',
    // A server action can be posted to any address, e.g. /meetings/a.b, where Next would answer a
    // foreign Origin or an oversized body with 500: every action post passes the checks above.
    { source: '/((?!_next/static|_next/image).*)', has: [{ type: 'header', key: 'next-action' }] },
  ],
};
