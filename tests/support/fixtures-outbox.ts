// Builders for the dispatch engine's tests: queued emails, and a Resend stand-in that behaves
// like Resend where exactly-once depends on it (an Idempotency-Key seen before is not sent again).
import { getDb } from '@/db/client';
import { resetEnvForTests } from '@/lib/env';
import { queueEmails } from '@/lib/mail/outbox-queue';
import type { RecordedRequest, ResendStub } from './resend-stub';

let counter = 0;

export async function queueTestEmails(count: number, options: { followupId?: string | null; prefix?: string } = {}) {
  const db = await getDb();
  const prefix = options.prefix ?? `r${(counter++).toString(36)}`;
  const rows = Array.from({ length: count }, (_, i) => ({
    kind: 'test-bulk',
    toEmail: `${prefix}-${i}@example.test`,
    subject: 'Hej',
    html: '<p>Hej</p>',
    text: 'Hej',
    idempotencyKey: `test:${prefix}:${i}`,
    followupId: options.followupId ?? null,
  }));
  return { added: await queueEmails(db, rows), emails: rows.map((r) => r.toEmail) };
}

export function useResend(stub: ResendStub) {
  process.env.RESEND_API_KEY = 're_test_key';
  process.env.RESEND_BASE_URL = stub.url;
  resetEnvForTests();
}

export function useLocalOutbox() {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  resetEnvForTests();
}

export const batchRequests = (stub: ResendStub) => stub.requests.filter((r) => r.path === '/emails/batch');

/**
 * What Resend would actually deliver: every email of every batch request, except requests
 * whose Idempotency-Key it had already accepted (those are answered but not sent again).
 */
export function deliveredEmails(stub: ResendStub): string[] {
  const seen = new Set<string>();
  const delivered: string[] = [];
  for (const request of batchRequests(stub)) {
    if (!accepted(request)) continue;
    const key = String(request.headers['idempotency-key'] ?? '');
    if (key && seen.has(key)) continue;
    seen.add(key);
    for (const email of request.body as { to: string[] }[]) delivered.push(...email.to);
  }
  return delivered;
}

const refused = new WeakSet<RecordedRequest>();
/** Marks a request the stub answered with an error (it delivered nothing). */
export function markRefused(request: RecordedRequest) {
  refused.add(request);
}
const accepted = (request: RecordedRequest) => !refused.has(request);

/** How often each address appears in a list. */
export function tally(addresses: string[]) {
  const counts = new Map<string, number>();
  for (const a of addresses) counts.set(a, (counts.get(a) ?? 0) + 1);
  return counts;
}
