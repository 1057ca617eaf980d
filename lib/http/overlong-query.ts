// A query far longer than any field or filter allows (a pasted or crafted link of 100,000
// characters) is cut, by a redirect, to values still longer than every limit: the page then says
// which field is too long, as it does for any over-long value. Answering the long address itself
// would echo it in Next's routing headers (x-middleware-rewrite), which clients and proxies with a
// 16 kB or 8 kB header limit cannot read.

/** Longer than any query a page writes itself (filters, a sign-in callback address). */
export const MAX_QUERY_LENGTH = 8_000;
/** What each value is cut to: over every field's limit (the longest is 320), so still refused. */
export const CUT_QUERY_VALUE = 400;

const tooLong = (url: URL) => url.search.length > MAX_QUERY_LENGTH;

export function overlongQueryRedirect(url: URL, method: string): Response | undefined {
  if ((method !== 'GET' && method !== 'HEAD') || !tooLong(url)) return undefined;
  const target = new URL(url.pathname, url);
  target.search = new URLSearchParams(
    [...url.searchParams].slice(0, 20).map(([key, value]) => [key.slice(0, CUT_QUERY_VALUE), value.slice(0, CUT_QUERY_VALUE)]),
  ).toString();
  // Next's proxy needs an absolute location; it is the address the request came to, so the
  // redirect leads nowhere else.
  return new Response(null, { status: 303, headers: { location: target.toString(), 'cache-control': 'no-store' } });
}

/**
 * The same for route handlers (/api), which are not pages: refused with 414, since a cut value
 * (a token, a callback address) would mean something else. Before the handler runs, so nothing
 * (Auth.js's callback cookie, a redirect) echoes the value in a header.
 */
export function overlongQueryRefusal(url: URL): Response | undefined {
  if (!tooLong(url)) return undefined;
  return new Response('The address is too long.', { status: 414, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
