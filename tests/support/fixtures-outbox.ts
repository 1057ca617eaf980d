// Builders for the dispatch engine's tests: queued emails, and reads of what the Resend
// stand-in (resend-stub.ts) delivered.
import { getDb } from '@/db/client';
import { resetEnvForTests } from '@/lib/env';
import { queueEmails } from '@/lib/mail/outbox-queue';
import type { ResendStub } from './resend-stub';

let counter = 0;

export async function queueTestEmails(count: number, options: { followupId?: string | null; prefix?: string } = {}) {
  const db = await getDb();
  const prefix = options.prefix ?? `r${(counter++).toString(36)}`;
  const rows = Array.from({ length: count }, (_, i) => ({
    kind: 'participant-followup' as const,
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

/** What the stand-in actually delivered: replays of an Idempotency-Key it had accepted are not. */
export function deliveredEmails(stub: ResendStub): string[] {
  return stub.delivered.map((d) => d.to);
}

/** How often each address appears in a list. */
export function tally(addresses: string[]) {
  const counts = new Map<string, number>();
  for (const a of addresses) counts.set(a, (counts.get(a) ?? 0) + 1);
  return counts;
}
