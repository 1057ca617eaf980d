// Starts the dispatch worker once the current response has been sent, so a dispatch returns at
// once and its emails go out in the background. If the server stops first, the scheduler's call
// to /api/worker/outbox finishes the job (docs/operations.md).
import 'server-only';
import { after } from 'next/server';
import { getDb } from '@/db/client';
import { drainOutbox } from './outbox-worker';
import { logger } from '@/lib/log/logger';

export function drainOutboxAfterResponse() {
  after(async () => {
    try {
      await drainOutbox(await getDb());
    } catch (error) {
      logger.error({ event: 'outbox.worker_failed', err: error }, 'the outbox worker stopped with an error');
    }
  });
}
