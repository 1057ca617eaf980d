// The in-process outbox worker. Each server instance runs one: woken right after a commit that
// queued email (so a sign-in link leaves within about a second), and by a timer as the fallback
// for anything queued elsewhere or due again after a backoff. Several instances may drain at once
// (claims never overlap, see outbox-claim.ts); within one instance a single drain runs at a time,
// and a wake during a drain makes it look again before it stops.
import 'server-only';
import { getDb } from '@/db/client';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { sendDueRemindersIfDue } from '@/lib/attendees/reminder-schedule';
import { pruneExpiredDataIfDue } from '@/lib/retention/run-on-schedule';
import { drainOutbox } from './outbox-worker';

// Kept on globalThis: Next bundles instrumentation.ts and the app's routes and actions
// separately, each with its own copy of this module; the worker started at server start must be
// the one an action wakes.
type WorkerState = { started: boolean; running: boolean; wokenDuringRun: boolean };
const holder = globalThis as unknown as { __erhvervsforumOutboxWorker?: WorkerState };
const state = (holder.__erhvervsforumOutboxWorker ??= { started: false, running: false, wokenDuringRun: false });

/** Starts the timer (once per process). Called at server start (instrumentation.ts). */
export function startOutboxWorker() {
  if (state.started) return;
  state.started = true;
  const every = getEnv().OUTBOX_POLL_MS;
  if (every > 0) setInterval(wakeOutboxWorker, every).unref();
  wakeOutboxWorker();
}

/**
 * Asks the worker to drain now. Call it after the transaction that queued email has committed.
 * Does nothing where no worker was started (tests drive drainOutbox themselves).
 */
export function wakeOutboxWorker() {
  if (!state.started) return;
  if (state.running) {
    state.wokenDuringRun = true;
    return;
  }
  state.running = true;
  void (async () => {
    try {
      do {
        state.wokenDuringRun = false;
        await drainOutbox(await getDb());
        // Reminders come due on the clock, not on a commit: the same schedule looks for them
        // (at most once a minute, lib/attendees), and what it queued is sent in this run.
        if ((await sendDueRemindersIfDue(await getDb())) > 0) state.wokenDuringRun = true;
      } while (state.wokenDuringRun);
      // The same schedule keeps the retention periods (at most once an hour, lib/retention).
      await pruneExpiredDataIfDue(await getDb());
    } catch (error) {
      logger.error({ event: 'outbox.worker_failed', err: error }, 'the outbox worker stopped with an error');
    } finally {
      state.running = false;
    }
  })();
}
