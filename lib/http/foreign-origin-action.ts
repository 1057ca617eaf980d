// A server action posted from another site. Next refuses it by throwing inside the action
// handler, which answers 500 and the error page; the proxy answers 403 first, with the same rule
// Next applies (the Origin's host must be the host the request was sent to, as a proxy in front
// names it in X-Forwarded-Host). "Origin: null" (sandboxed frames, some redirects) is refused
// too. A request without Origin is left to Next, as before: old browsers send none.
export function foreignOriginActionResponse(request: Request): Response | undefined {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return undefined;
  const origin = request.headers.get('origin');
  if (origin === null) return undefined;
  const host = (request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? '').split(',')[0].trim().toLowerCase();
  if (origin !== 'null' && host && originHost(origin) === host) return undefined;
  return new Response('This form was sent from another site and is refused.', {
    status: 403,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}
