// Server actions run behind proxy.ts, which gave the request its id (X-Request-Id); this puts
// that id in the log context while the action runs, so its log lines carry it.
import 'server-only';
import { headers } from 'next/headers';
import { requestIdFrom, withRequestId } from './request-context';

export async function inRequestContext<T>(run: () => Promise<T>): Promise<T> {
  let requestId: string;
  try {
    requestId = requestIdFrom(await headers());
  } catch {
    // Called outside a request (a script or a test): a fresh id still groups the lines.
    requestId = crypto.randomUUID();
  }
  return withRequestId(requestId, run);
}
