// The dispatch worker: drains the email outbox batch by batch until nothing is due or its time
// is up. Any number of workers (app instances, the scheduler's call, the one started after a
// dispatch) may run at once: claims never overlap (see outbox-claim.ts), and a batch is only
// ever sent again whole, under the same idempotency key.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { claimedUnder, claimPendingBatch, reclaimDueBatch, type ClaimedBatch } from './outbox-claim';
import { sendBatch, type BatchOutcome, type BatchTransport } from './outbox-transport';

export type DrainOptions = {
  /** The clock; tests move it forward to play a restart after a lease ran out. */
  now?: () => Date;
  /** Emails per Resend request, at most 100. */
  batchSize?: number;
  /** How long a claimed batch is held before another worker may take it over. */
  leaseMs?: number;
  /**
   * Attempts before a row is marked failed. Only network errors, timeouts and 5xx count (a 429
   * never does); with the backoff below the default keeps trying for about 18 hours.
   */
  maxAttempts?: number;
  /** Stop taking new batches after this long. */
  budgetMs?: number;
  /**
   * Pause between provider requests when Resend sends no rate-limit headers (it allows 2
   * requests per second by default; with the headers, the worker waits only when told to).
   */
  pauseMs?: number;
  /** How long one provider call may take (see PROVIDER_TIMEOUT_MS). */
  timeoutMs?: number;
  transport?: BatchTransport;
  sleep?: (ms: number) => Promise<void>;
};

export type DrainSummary = { batches: number; sent: number; retrying: number; failed: number; rateLimited: number };

export const MAX_BATCH = 100;

const REMOVED = '[removed after sending]';

/** 30 s, 1 min, 2 min, … at most an hour. */
export function backoffMs(attempt: number) {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function drainOutbox(db: Db, options: DrainOptions = {}): Promise<DrainSummary> {
  const now = options.now ?? (() => new Date());
  const batchSize = Math.min(options.batchSize ?? MAX_BATCH, MAX_BATCH);
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const maxAttempts = options.maxAttempts ?? 24;
  const budgetMs = options.budgetMs ?? 50_000;
  const pauseMs = options.pauseMs ?? 500;
  const transport = options.transport ?? sendBatch;
  const sleep = options.sleep ?? wait;
  const started = Date.now();
  const summary: DrainSummary = { batches: 0, sent: 0, retrying: 0, failed: 0, rateLimited: 0 };

  while (Date.now() - started < budgetMs) {
    const batch =
      (await reclaimDueBatch(db, now(), leaseMs)) ?? (await claimPendingBatch(db, now(), batchSize, leaseMs));
    if (!batch) break;
    summary.batches++;
    const outcome = await transport(batch.rows, { timeoutMs: options.timeoutMs }).catch(
      (error: unknown): BatchOutcome => ({ kind: 'retry', error: error instanceof Error ? error.message : String(error) }),
    );
    await recordOutcome(db, batch, outcome, now(), maxAttempts, summary);
    if (outcome.kind === 'retry' && outcome.rateLimited) {
      summary.rateLimited++;
      const waitMs = outcome.retryAfterMs ?? 1000;
      // Wait as asked if there is time left; otherwise the next run picks the batch up.
      if (Date.now() - started + waitMs >= budgetMs) break;
      await sleep(waitMs);
    } else if (outcome.kind === 'sent' && outcome.transport === 'resend') {
      // Resend says how many requests are left in its window; only without that do we pace blindly.
      const waitMs = outcome.waitMs ?? pauseMs;
      if (waitMs > 0) await sleep(waitMs);
    }
  }
  return summary;
}

async function recordOutcome(
  db: Db,
  batch: ClaimedBatch,
  outcome: BatchOutcome,
  now: Date,
  maxAttempts: number,
  summary: DrainSummary,
) {
  const ids = batch.rows.map((r) => r.id);
  // Only rows of this batch still being sent: a result already recorded (by a worker that took
  // the batch over after our lease ran out, sending it under the same key) is left as it is.
  const ours = and(inArray(emailOutbox.id, ids), eq(emailOutbox.status, 'sending'), claimedUnder(batch.token));

  if (outcome.kind === 'sent') {
    // One statement for the whole batch (each row gets its own provider id from the VALUES list):
    // a hundred single-row updates per batch made delivery of 10,000 emails take seconds longer.
    const pairs = batch.rows.map((row, i) => sql`(${row.id}::uuid, ${outcome.providerIds[i] ?? null}::text)`);
    await db.execute(sql`
      update ${emailOutbox}
      set status = 'sent', transport = ${outcome.transport}, provider_message_id = v.provider_id,
          sent_at = ${now.toISOString()}::timestamptz, last_error = null${
            // A sign-in link is a credential: once a real provider has it, our copy goes.
            outcome.transport === 'resend'
              ? sql`, html = case when ${emailOutbox.sensitive} then ${REMOVED} else ${emailOutbox.html} end,
                   text = case when ${emailOutbox.sensitive} then ${REMOVED} else ${emailOutbox.text} end`
              : sql``
          }
      from (values ${sql.join(pairs, sql`, `)}) as v(id, provider_id)
      where ${emailOutbox.id} = v.id and ${emailOutbox.status} = 'sending' and ${claimedUnder(batch.token)}`);
    summary.sent += batch.rows.length;
    return;
  }

  if (outcome.kind === 'rejected') {
    await db.update(emailOutbox).set({ status: 'failed', lastError: outcome.error }).where(ours);
    summary.failed += batch.rows.length;
    return;
  }

  const attempts = Math.max(...batch.rows.map((r) => r.attempts));
  if (outcome.rateLimited) {
    // Being told to slow down is no attempt of the email's own.
    await db
      .update(emailOutbox)
      .set({
        lastError: outcome.error,
        attempts: sql`greatest(${emailOutbox.attempts} - 1, 0)`,
        nextAttemptAt: new Date(now.getTime() + (outcome.retryAfterMs ?? 1000)),
      })
      .where(ours);
    summary.retrying += batch.rows.length;
    return;
  }
  if (attempts >= maxAttempts) {
    await db.update(emailOutbox).set({ status: 'failed', lastError: outcome.error }).where(ours);
    summary.failed += batch.rows.length;
    return;
  }
  // The batch keeps its claim token, so it is retried whole, under the same idempotency key.
  const delay = Math.max(backoffMs(attempts), outcome.retryAfterMs ?? 0);
  await db
    .update(emailOutbox)
    .set({ lastError: outcome.error, nextAttemptAt: new Date(now.getTime() + delay) })
    .where(ours);
  summary.retrying += batch.rows.length;
}
