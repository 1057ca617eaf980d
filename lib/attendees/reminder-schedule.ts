// Called from the worker's schedule (each instance's outbox worker, and /api/worker/outbox for a
// scheduler): looks for due reminders at most once a minute per instance, and never lets a
// failure here stop the delivery run. Several instances may look at once (send-reminders.ts).
import 'server-only';
import type { Db } from '@/db/client';
import { logger } from '@/lib/log/logger';
import { sendDueReminders } from './send-reminders';

export const REMINDER_INTERVAL_MS = 60_000;

const holder = globalThis as unknown as { __erhvervsforumRemindersLastRun?: number };

/** Returns how many reminders were queued (0 when it was not yet time to look). */
export async function sendDueRemindersIfDue(db: Db, now = new Date()): Promise<number> {
  if (now.getTime() - (holder.__erhvervsforumRemindersLastRun ?? 0) < REMINDER_INTERVAL_MS) return 0;
  holder.__erhvervsforumRemindersLastRun = now.getTime();
  try {
    const summary = await sendDueReminders(db, { now });
    if (summary.queued) logger.info({ event: 'reminders.queued', ...summary }, 'meeting reminders queued');
    return summary.queued;
  } catch (error) {
    logger.error({ event: 'reminders.failed', err: error }, 'queuing meeting reminders failed');
    return 0;
  }
}
