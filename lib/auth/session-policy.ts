// When a database session signs its holder in: the rules Auth.js applies to its session cookie,
// written once so the per-request read (session-user.ts) and its tests share them. Auth.js stays
// the owner of signing in and out; this module only says which cookie it set and whether the
// session row it wrote still counts.

const SESSION_COOKIE = 'authjs.session-token';
const SECURE_SESSION_COOKIE = `__Secure-${SESSION_COOKIE}`;

/** Both names the session cookie can have (over http and over https). */
export const SESSION_COOKIE_NAMES = [SESSION_COOKIE, SECURE_SESSION_COOKIE] as const;

/**
 * Auth.js prefixes its cookies with `__Secure-` when the site's URL is https: AUTH_URL when set,
 * otherwise the request's forwarded protocol (https when none is given).
 */
export function sessionCookieName(authUrl: string | undefined, forwardedProto: string | null): string {
  const protocol = authUrl ? new URL(authUrl).protocol : `${(forwardedProto ?? 'https').replace(/:$/, '')}:`;
  return protocol === 'https:' ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
}

/**
 * A session counts until its expiry (Auth.js ends it once `expires` is past) and only while its
 * user is not deactivated; the role is whatever the user row says now.
 */
export function sessionIsLive(session: { expires: Date; deactivatedAt: Date | null }, now: Date): boolean {
  return session.expires.getTime() >= now.getTime() && session.deactivatedAt === null;
}
