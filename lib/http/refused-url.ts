// Addresses no page or handler can serve, refused before routing: a NUL character (PostgreSQL
// refuses it in text, so a lookup would answer 500), malformed percent-encoding, and path segments
// longer than any slug or id (Next caches pages under their path, and the file system refuses
// names over 255 bytes, which dropped the connection).
export const MAX_PATH_SEGMENT = 200;

export function refusedUrlResponse(url: URL): Response | undefined {
  let path: string;
  let query: string;
  try {
    path = decodeURIComponent(url.pathname);
    query = decodeURIComponent(url.search.replace(/\+/g, ' '));
  } catch {
    return plain(400, 'Malformed address.');
  }
  if (path.includes('\u0000') || query.includes('\u0000')) return plain(400, 'The address contains a NUL character.');
  if (path.split('/').some((segment) => segment.length > MAX_PATH_SEGMENT)) return plain(414, 'The address is too long.');
  return undefined;
}

function plain(status: number, text: string) {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
