// Next refuses a server-action body over its limit (1 MB) by throwing, which answers 500. The
// proxy answers such requests 413 before they reach the action, from the declared length
// (browsers always declare it for form posts).
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The CVR import's upload (lib/directory) is the one form that sends a file: its page takes up to
 * 4 MB (next.config.ts's serverActions.bodySizeLimit is set to the same); every other address
 * keeps the 1 MB limit.
 */
export const IMPORT_BODY_LIMIT_BYTES = 4 * 1024 * 1024;
const importPaths = new Set(['/admin/companies/import', '/en/admin/companies/import']);

export function oversizedRequestResponse(request: Request): Response | undefined {
  if (request.method !== 'POST') return undefined;
  const length = Number(request.headers.get('content-length') ?? 0);
  const limit = importPaths.has(new URL(request.url).pathname) ? IMPORT_BODY_LIMIT_BYTES : ACTION_BODY_LIMIT_BYTES;
  if (!(length > limit)) return undefined;
  return new Response(`Request body too large (at most ${limit / 1024 / 1024} MB).`, {
    status: 413,
    headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' },
  });
}
