// A query value far longer than any field or filter allows (a pasted or crafted link of 100,000
// characters) is cut, by a redirect, to a length that is still over every limit: the page then
// says which field is too long, as it does for any over-long value. Answering the long address
// itself would echo it in Next's routing headers (x-middleware-rewrite), which clients and proxies
// with a 16 kB or 8 kB header limit cannot read.
export const MAX_QUERY_VALUE = 2_000;

export function overlongQueryRedirect(url: URL, method: string): Response | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const entries = [...url.searchParams];
  if (!entries.some(([, value]) => value.length > MAX_QUERY_VALUE)) return undefined;
  const target = new URL(url.pathname, url);
  target.search = new URLSearchParams(entries.map(([key, value]) => [key.slice(0, MAX_QUERY_VALUE), value.slice(0, MAX_QUERY_VALUE)])).toString();
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
  if (![...url.searchParams].some(([, value]) => value.length > MAX_QUERY_VALUE)) return undefined;
  return new Response('The address is too long.', { status: 414, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
