// Sign-out and account deletion remove the signed-in hint (signed-in-hint.ts) with the session
// cookie. Those actions change cookies anyway, so this adds no refresh of the page.
import 'server-only';
import { cookies } from 'next/headers';
import { SESSION_COOKIE_NAMES } from './session-policy';
import { SIGNED_IN_HINT_COOKIE } from './signed-in-hint';

export async function clearSignedInHintCookie() {
  (await cookies()).delete(SIGNED_IN_HINT_COOKIE);
}

/**
 * A session cookie whose session ended on the server (deactivated, expired, signed out elsewhere)
 * is removed with the hint by /api/me's answer. Left in place, it made the proxy set the hint
 * again on every page load (lib/auth/signed-in-hint-proxy.ts), so the header asked on every page
 * view and no public page came from the shared cache for that browser.
 */
export async function clearEndedSessionCookies() {
  const jar = await cookies();
  const present = SESSION_COOKIE_NAMES.filter((name) => jar.has(name));
  if (present.length === 0) return;
  for (const name of present) {
    // A __Secure- cookie is only replaced (here: expired) by one set with Secure.
    jar.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
  }
  jar.delete(SIGNED_IN_HINT_COOKIE);
}
