// Next refuses a server-action body over its limit (1 MB) by throwing, which answers 500. The
// proxy answers such requests 413 before they reach the action, from the declared length
// (browsers always declare it for form posts).
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

export function oversizedRequestResponse(request: Request): Response | undefined {
  if (request.method !== 'POST') return undefined;
  const length = Number(request.headers.get('content-length') ?? 0);
  if (!(length > ACTION_BODY_LIMIT_BYTES)) return undefined;
  return new Response('Request body too large (at most 1 MB).', {
    status: 413,
    headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
  });
}
