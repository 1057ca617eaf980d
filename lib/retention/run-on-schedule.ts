// Called from the worker's schedule (each instance's outbox worker timer, and /api/worker/outbox
// for a scheduler): runs the retention
// clean-up at most once an hour per instance, and never lets it fail the delivery run.
import 'server-only';
import type { Db } from '@/db/client';
import { logger } from '@/lib/log/logger';
import { RETENTION_INTERVAL_MS } from './periods';
import { pruneExpiredData } from './prune-expired-data';

let lastRun = 0;

export async function pruneExpiredDataIfDue(db: Db, now = new Date()) {
  if (now.getTime() - lastRun < RETENTION_INTERVAL_MS) return;
  lastRun = now.getTime();
  try {
    const summary = await pruneExpiredData(db, { now });
    logger.info({ event: 'retention.pruned', ...summary }, 'retention clean-up done');
  } catch (error) {
    logger.error({ event: 'retention.failed', err: error }, 'retention clean-up failed');
  }
}
