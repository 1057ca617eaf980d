// Kept for the callers that queue a dispatch: wakes this instance's outbox worker once the
// current response has been sent (see outbox-wake.ts). The scheduler's call to
// /api/worker/outbox remains a fallback where no long-lived server runs (docs/operations.md).
import 'server-only';
import { after } from 'next/server';
import { wakeOutboxWorker } from './outbox-wake';

export function drainOutboxAfterResponse() {
  after(() => wakeOutboxWorker());
}
