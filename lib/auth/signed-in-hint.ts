// A cookie that only says "this browser holds a session cookie", readable by scripts, so that the
// islands of cached public pages (header, registration, theme support) ask the server who is
// visiting only when someone may be signed in. It is no proof of anything: every route handler
// and action still reads the real, httpOnly session. Signed-out visitors (most of them) make no
// per-person request at all.
//
// Set and cleared only where a session starts or ends as the browser sees it: the proxy repairs it
// on full page loads (never on server-action or router requests, whose Set-Cookie would make Next
// refresh the page), sign-out and account deletion clear it, and the header clears it when
// /api/me answers that nobody is signed in.
export const SIGNED_IN_HINT_COOKIE = 'ef-signed-in';

/** Auth.js's session cookie, without and with the prefix it takes over https. */
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

/** As long as a session lasts (lib/auth/config.ts); the proxy renews it when it is missing. */
export const SIGNED_IN_HINT_MAX_AGE_SECONDS = 8 * 60 * 60;

type CookieReader = { has(name: string): boolean };

/** What the proxy must do to the hint for a request with these cookies: set it, clear it, or nothing. */
export function signedInHintRepair(cookies: CookieReader): 'set' | 'clear' | null {
  const session = SESSION_COOKIES.some((name) => cookies.has(name));
  const hint = cookies.has(SIGNED_IN_HINT_COOKIE);
  if (session && !hint) return 'set';
  if (!session && hint) return 'clear';
  return null;
}

/** Whether a document.cookie string carries the hint. */
export function hasSignedInHint(cookieString: string): boolean {
  return cookieString.split(';').some((part) => part.trim().startsWith(`${SIGNED_IN_HINT_COOKIE}=`));
}

/** Removes the hint in the browser, when the server says nobody is signed in. */
export function clearSignedInHint() {
  document.cookie = `${SIGNED_IN_HINT_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
}
