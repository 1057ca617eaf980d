// The page a visitor asked for, as proxy.ts hands it on to the gate. A layout cannot know the
// pathname, and the area layouts turn a signed-out visitor away before the page runs; without
// this the visitor would return to the area after signing in instead of the page they opened.
// proxy.ts always overwrites the header, so a value sent by the client never reaches the gate
// on a path the proxy handles; the gate still passes it through safeReturnPath.

export const REQUESTED_PATH_HEADER = 'x-erhvervsforum-requested-path';

/** The path and query of a page request, without the router's own `_rsc` cache-buster. */
export function requestedPathOf(url: URL): string {
  const query = new URLSearchParams(url.search);
  query.delete('_rsc');
  const search = query.toString();
  return `${url.pathname}${search ? `?${search}` : ''}`;
}
