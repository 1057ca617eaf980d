// The request id of the work in progress, so every log line of one request carries the same id.
// It comes from the load balancer's X-Request-Id when that looks sane, otherwise it is made here.
import { AsyncLocalStorage } from 'node:async_hooks';

export const REQUEST_ID_HEADER = 'x-request-id';
const SANE_ID = /^[A-Za-z0-9._:-]{8,128}$/;

const storage = new AsyncLocalStorage<{ requestId: string }>();

export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && SANE_ID.test(given) ? given : crypto.randomUUID();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function withRequestId<T>(requestId: string, run: () => T): T {
  return storage.run({ requestId }, run);
}
