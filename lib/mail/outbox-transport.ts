// Hands one claimed batch to the provider: Resend's batch API (up to 100 emails, one request),
// or its single-email API for an email with attachments (the batch API takes none), when a key
// is set; otherwise the local outbox, where the row itself is the delivered email. Every call has
// a timeout: a provider that never answers costs one retry, never a stuck worker.
// The answer is sorted into what the worker does next: done, try again later, or give up.
import 'server-only';
import { createHash } from 'node:crypto';
import { getEnv } from '@/lib/env';
import type { OutboxRow } from './outbox-claim';
import { isResendConfigured, resendClient } from './resend-client';

export type BatchOutcome =
  | {
      kind: 'sent';
      transport: 'resend' | 'outbox';
      providerIds: (string | null)[];
      /** How long to wait before the next request, from Resend's rate-limit headers (when sent). */
      waitMs?: number;
    }
  /** Worth trying again: the network, a 5xx, or the rate limit (with the wait it asked for). */
  | { kind: 'retry'; error: string; retryAfterMs?: number; rateLimited?: boolean }
  /** The provider refused the emails themselves (a 4xx): sending again would not help. */
  | { kind: 'rejected'; error: string };

export type BatchTransport = (rows: OutboxRow[], options?: { timeoutMs?: number }) => Promise<BatchOutcome>;

/** How long one provider call may take before it counts as a network failure (retried). */
export const PROVIDER_TIMEOUT_MS = 15_000;

/**
 * The Idempotency-Key of a batch: the same rows under the same claim always give the same key (the
 * rows' own keys and the claim, hashed), so a batch sent again after a crash or a timeout is
 * delivered once by Resend. A claim is only new when a person put failed rows back in the queue:
 * then the key is new too, so Resend does not answer with the refusal it remembers.
 */
export function batchIdempotencyKey(rows: (Pick<OutboxRow, 'idempotencyKey'> & { claimedAt?: Date | null })[]): string {
  const keys = rows.map((r) => r.idempotencyKey).sort();
  const claim = rows[0]?.claimedAt?.toISOString() ?? '';
  return `batch-${createHash('sha256').update(`${keys.join('\n')}\n${claim}`).digest('hex')}`;
}

/** The Idempotency-Key of an email sent on its own (see batchIdempotencyKey). */
export function singleIdempotencyKey(row: Pick<OutboxRow, 'idempotencyKey' | 'claimedAt'>): string {
  return `email-${createHash('sha256').update(`${row.idempotencyKey}\n${row.claimedAt?.toISOString() ?? ''}`).digest('hex')}`;
}

/**
 * The pause before the next request that Resend's rate-limit headers ask for: none while the
 * window has requests left, the rest of the window once it is used up. Without the headers,
 * undefined (the worker keeps its fixed pause).
 */
export function rateLimitWaitMs(headers: Record<string, string> | null | undefined): number | undefined {
  const remaining = Number(headers?.['ratelimit-remaining']);
  if (!headers || headers['ratelimit-remaining'] === undefined || !Number.isFinite(remaining)) return undefined;
  if (remaining > 0) return 0;
  const reset = Number(headers['ratelimit-reset']);
  return Number.isFinite(reset) && reset > 0 ? reset * 1000 : 1000;
}

/** Seconds or an HTTP date, as Retry-After may carry either. */
export function parseRetryAfter(value: string | undefined | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const permanentNames = new Set([
  'validation_error',
  'invalid_from_address',
  'invalid_parameter',
  'missing_required_field',
  'invalid_idempotent_request',
  'invalid_attachment',
]);

export const sendBatch: BatchTransport = async (rows, options = {}) => {
  if (!isResendConfigured()) return { kind: 'sent', transport: 'outbox', providerIds: rows.map(() => null) };

  const timeoutMs = options.timeoutMs ?? PROVIDER_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const from = getEnv().MAIL_FROM;
  const single = rows.length === 1 && rows[0].attachments?.length ? rows[0] : null;
  const { data, error, headers } = single
    ? await resendClient()
        .emails.send(
          {
            from,
            to: [single.toEmail],
            subject: single.subject,
            html: single.html,
            text: single.text,
            ...(single.headers ? { headers: single.headers } : {}),
            attachments: single.attachments!.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
          },
          { idempotencyKey: singleIdempotencyKey(single), signal },
        )
        .then((r) => ({ data: r.data ? { data: [r.data] } : null, error: r.error, headers: r.headers }))
    : await resendClient().batch.send(
        rows.map((row) => ({
          from,
          to: [row.toEmail],
          subject: row.subject,
          html: row.html,
          text: row.text,
          // List-Unsubscribe and List-Unsubscribe-Post on every bulk email (lib/mail/prepare-bulk.ts).
          ...(row.headers ? { headers: row.headers } : {}),
        })),
        { idempotencyKey: batchIdempotencyKey(rows), signal },
      );
  if (!error && data) {
    const ids = data.data ?? [];
    return { kind: 'sent', transport: 'resend', providerIds: rows.map((_, i) => ids[i]?.id ?? null), waitMs: rateLimitWaitMs(headers) };
  }
  if (signal.aborted) return { kind: 'retry', error: `timeout: no answer from Resend within ${timeoutMs} ms` };
  const status = error?.statusCode ?? null;
  const message = `${error?.name ?? 'error'}: ${error?.message ?? 'no answer from Resend'}`;
  const retryAfterMs = parseRetryAfter(headers?.['retry-after']);
  if (status === 429 || error?.name === 'rate_limit_exceeded') {
    return { kind: 'retry', error: message, retryAfterMs: retryAfterMs ?? 1000, rateLimited: true };
  }
  return isPermanentRefusal(status, error?.name) ? { kind: 'rejected', error: message } : { kind: 'retry', error: message, retryAfterMs };
};

/**
 * A 4xx about the emails themselves. Not a permanent refusal: a concurrent request under the same
 * key (409), and a missing or wrong API key (401/403), which the operator fixes and the queue survives.
 */
function isPermanentRefusal(status: number | null, name: string | undefined) {
  if (status === null || status < 400 || status >= 500) return false;
  if (permanentNames.has(name ?? '')) return true;
  return status !== 409 && status !== 401 && status !== 403;
}
