// Route handlers are wrapped here: the gate decides, and mutating requests must come from our
// own origin (Next checks this for server actions, not for route handlers).
import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { refusedUrlResponse } from '@/lib/http/refused-url';
import { requestIdFrom, withRequestId } from '@/lib/log/request-context';
import { getCurrentUser, type CurrentUser } from './current-user';
import { decide, type Access } from './gate';

type Handler<P> = (
  request: NextRequest,
  ctx: { user: CurrentUser | null; params: P },
) => Promise<Response>;

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function guardedRoute<P = Record<string, string>>(
  access: Access,
  handler: Handler<P>,
  options: { allowCrossOrigin?: boolean; identify?: boolean } = {},
) {
  // API routes bypass proxy.ts, so the request id for their log lines is taken here.
  return (request: NextRequest, context: { params: Promise<P> }) =>
    withRequestId(requestIdFrom(request.headers), () => guarded(request, context));

  async function guarded(request: NextRequest, context: { params: Promise<P> }) {
    const refused = refusedUrlResponse(request.nextUrl);
    if (refused) return refused;
    if (!SAFE_METHODS.has(request.method) && !options.allowCrossOrigin && !sameOrigin(request)) {
      return NextResponse.json({ error: 'cross-origin request refused' }, { status: 403 });
    }
    const user = access === 'public' && !options.identify ? null : await getCurrentUser();
    const decision = decide(user, access);
    if (decision === 'signed-out') {
      return NextResponse.json({ error: 'sign in required' }, { status: 401 });
    }
    if (decision === 'forbidden') {
      return NextResponse.json({ error: 'forbidden' }, { status: 403 });
    }
    return handler(request, { user, params: await context.params });
  }
}
