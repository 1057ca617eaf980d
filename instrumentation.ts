// Runs once when the server starts: check the environment, then open the database, migrate it,
// seed demo data where allowed, and start this instance's email outbox worker (also in
// development, so the development mailbox shows every email within a second or two). Doing it
// here rather than in the first request keeps that request fast, and a production server with a
// bad environment never answers at all.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // `next build` may load this too; the build needs neither a database nor the secrets.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  const { startServer } = await import('./lib/operations/start-server');
  await startServer();
  const { startOutboxWorker } = await import('./lib/mail/outbox-wake');
  startOutboxWorker();
}

// Every error Next catches while serving a request becomes one JSON log line with its request id.
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routeType: string; routePath: string },
) {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logger } = await import('./lib/log/logger');
  const requestId = request.headers['x-request-id'];
  logger.error(
    {
      event: 'request.failed',
      requestId: typeof requestId === 'string' ? requestId : undefined,
      method: request.method,
      // The route's pattern, not the path: a path can carry a token or an address.
      route: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    'request failed',
  );
}
