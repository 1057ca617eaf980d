// The proxy's half of the signed-in hint (signed-in-hint.ts): on a full page load it makes the
// hint agree with the session cookie, so a fresh sign-in (the magic link ends in such a load) or
// a session cookie without hint shows the header's name, and a leftover hint stops the islands
// from asking. Router and server-action requests are left alone: a Set-Cookie on those makes
// Next refresh the whole page after the action. Sign-out and account deletion
// clear it themselves (clear-signed-in-hint.ts).
import type { NextRequest, NextResponse } from 'next/server';
import { SIGNED_IN_HINT_COOKIE, SIGNED_IN_HINT_MAX_AGE_SECONDS, signedInHintRepair } from './signed-in-hint';

export function repairSignedInHint(request: NextRequest, response: NextResponse) {
  const pageLoad = request.method === 'GET' && !request.headers.has('rsc') && !request.headers.has('next-action');
  if (!pageLoad) return;
  const repair = signedInHintRepair(request.cookies);
  if (!repair) return;
  // This answer carries a cookie for one browser: no shared cache may keep it.
  response.headers.set('Cache-Control', 'private, no-store');
  if (repair === 'set') {
    response.cookies.set(SIGNED_IN_HINT_COOKIE, '1', {
      path: '/',
      sameSite: 'lax',
      secure: request.nextUrl.protocol === 'https:',
      maxAge: SIGNED_IN_HINT_MAX_AGE_SECONDS,
    });
  } else if (repair === 'clear') {
    response.cookies.delete(SIGNED_IN_HINT_COOKIE);
  }
}
