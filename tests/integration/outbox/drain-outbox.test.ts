// The dispatch worker against a stand-in for the Resend API: batches of up to 100 through the
// real SDK, exactly once under a crash and under two workers, retries and the rate limit.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, followups } from '@/db/schema';
import { readDeliveryProgress, retryFailedDeliveries } from '@/lib/mail/outbox-progress';
import { claimPendingBatch } from '@/lib/mail/outbox-claim';
import { batchIdempotencyKey, sendBatch } from '@/lib/mail/outbox-transport';
import { drainOutbox } from '@/lib/mail/outbox-worker';
import { makeMeeting, makeUser } from '../../support/fixtures';
import { startResendStub, type ResendStub } from '../../support/resend-stub';
import {
  batchRequests,
  deliveredEmails,
  queueTestEmails,
  tally,
  useLocalOutbox,
  useResend,
} from '../../support/fixtures-outbox';

async function makeFollowupRow() {
  const meeting = await makeMeeting({ startsAt: new Date(Date.now() - 86_400_000) });
  const [row] = await (await getDb()).insert(followups).values({ meetingId: meeting.id, kind: 'participant_email' }).returning();
  return row.id;
}

// The stand-in keeps Resend's 2 requests/s: the worker really waits when its headers say so.
const noPause = { pauseMs: 0 };
const later = (ms: number) => () => new Date(Date.now() + ms);

describe('draining the email outbox', () => {
  let stub: ResendStub;
  beforeAll(async () => {
    stub = await startResendStub();
  });
  beforeEach(async () => {
    useResend(stub);
    stub.reset();
    stub.respond = () => undefined;
    // Each test starts from an empty queue.
    await (await getDb()).delete(emailOutbox);
  });
  afterAll(async () => {
    useLocalOutbox();
    await stub.close();
  });

  it('sends 150 queued emails in two batch requests of at most 100, each with an idempotency key', async () => {
    const { emails } = await queueTestEmails(150);
    const summary = await drainOutbox(await getDb(), noPause);
    expect(summary).toMatchObject({ batches: 2, sent: 150, failed: 0 });
    const requests = batchRequests(stub);
    expect(requests.map((r) => (r.body as unknown[]).length)).toEqual([100, 50]);
    for (const r of requests) expect(r.headers['idempotency-key']).toMatch(/^batch-[0-9a-f]{64}$/);
    expect(requests[0].headers.authorization).toBe('Bearer re_test_key');
    expect([...tally(deliveredEmails(stub)).values()].every((n) => n === 1)).toBe(true);
    expect(new Set(deliveredEmails(stub))).toEqual(new Set(emails));
    const rows = await (await getDb()).select().from(emailOutbox);
    expect(rows.every((r) => r.status === 'sent' && r.transport === 'resend' && r.providerMessageId?.startsWith('stub-'))).toBe(true);
  });

  it('adds nothing when the same emails are queued twice', async () => {
    const first = await queueTestEmails(5, { prefix: 'twice' });
    const second = await queueTestEmails(5, { prefix: 'twice' });
    expect([first.added, second.added]).toEqual([5, 0]);
    await drainOutbox(await getDb(), noPause);
    await drainOutbox(await getDb(), noPause);
    expect(deliveredEmails(stub)).toHaveLength(5);
  });

  it('marks rows sent in the local outbox when no Resend key is set, without calling Resend', async () => {
    useLocalOutbox();
    await queueTestEmails(3);
    await drainOutbox(await getDb(), noPause);
    const rows = await (await getDb()).select().from(emailOutbox);
    expect(rows.map((r) => [r.status, r.transport])).toEqual(Array(3).fill(['sent', 'outbox']));
    expect(stub.requests).toHaveLength(0);
  });

  it('delivers once when a worker died after claiming a batch and before sending it', async () => {
    const { emails } = await queueTestEmails(40);
    const db = await getDb();
    const claimed = await claimPendingBatch(db, new Date(), 100, 60_000);
    expect(claimed?.rows).toHaveLength(40);
    // The worker is gone. Another worker now finds nothing due: the lease still holds.
    expect((await drainOutbox(db, noPause)).batches).toBe(0);
    // After the lease has run out, a restarted worker takes the batch over.
    const summary = await drainOutbox(db, { ...noPause, now: later(61_000) });
    expect(summary.sent).toBe(40);
    expect(tally(deliveredEmails(stub))).toEqual(new Map(emails.map((e) => [e, 1])));
  });

  it('delivers once when a worker died after Resend accepted the batch and before recording it', async () => {
    const { emails } = await queueTestEmails(30);
    const db = await getDb();
    const claimed = await claimPendingBatch(db, new Date(), 100, 60_000);
    await sendBatch(claimed!.rows); // Resend got it; the worker dies before writing the result.
    const summary = await drainOutbox(db, { ...noPause, now: later(61_000) });
    expect(summary.sent).toBe(30);
    const requests = batchRequests(stub);
    expect(requests).toHaveLength(2);
    // The same batch again, under the same key: Resend answers without sending twice.
    expect(requests[1].headers['idempotency-key']).toBe(requests[0].headers['idempotency-key']);
    expect(requests[1].body).toEqual(requests[0].body);
    expect(tally(deliveredEmails(stub))).toEqual(new Map(emails.map((e) => [e, 1])));
  });

  it('delivers each email once when two workers drain together', async () => {
    const { emails } = await queueTestEmails(260);
    const db = await getDb();
    const options = { ...noPause, batchSize: 20 };
    const [a, b] = await Promise.all([drainOutbox(db, options), drainOutbox(db, options)]);
    expect(a.sent + b.sent).toBe(260);
    expect(tally(deliveredEmails(stub))).toEqual(new Map(emails.map((e) => [e, 1])));
    // Two workers overrun the 2 requests/s: a batch told to wait is sent again under its own
    // key, never split or merged with another, so there are exactly 13 batches' keys.
    const keys = batchRequests(stub).map((r) => r.headers['idempotency-key']);
    expect(new Set(keys).size).toBe(13);
  });

  it('delivers each email once when two restarted workers take over stale batches together', async () => {
    const { emails } = await queueTestEmails(60);
    const db = await getDb();
    for (let i = 0; i < 6; i++) await claimPendingBatch(db, new Date(), 10, 60_000);
    const options = { ...noPause, now: later(61_000) };
    const [a, b] = await Promise.all([drainOutbox(db, options), drainOutbox(db, options)]);
    expect(a.sent + b.sent).toBe(60);
    expect(tally(deliveredEmails(stub))).toEqual(new Map(emails.map((e) => [e, 1])));
  });

  it('retries a batch after a server error with backoff, under the same idempotency key', async () => {
    const { emails } = await queueTestEmails(10);
    let calls = 0;
    stub.respond = () => {
      if (calls++ > 0) return undefined;
      return { status: 500, body: { name: 'internal_server_error', message: 'Try again', statusCode: 500 } };
    };
    const db = await getDb();
    const first = await drainOutbox(db, noPause);
    expect(first).toMatchObject({ sent: 0, retrying: 10 });
    const waiting = await db.select().from(emailOutbox);
    expect(waiting.every((r) => r.status === 'sending' && r.lastError?.includes('Try again'))).toBe(true);
    // Not due before its backoff has passed.
    expect((await drainOutbox(db, noPause)).batches).toBe(0);
    const second = await drainOutbox(db, { ...noPause, now: later(31_000) });
    expect(second.sent).toBe(10);
    const [failed, retried] = batchRequests(stub);
    expect(retried.headers['idempotency-key']).toBe(failed.headers['idempotency-key']);
    expect(tally(deliveredEmails(stub))).toEqual(new Map(emails.map((e) => [e, 1])));
  });

  it('marks emails failed with the error after the last attempt, and the admin can retry them', async () => {
    const followupId = await makeFollowupRow();
    const { emails } = await queueTestEmails(4, { prefix: 'flaky', followupId });
    stub.respond = () => {
      return { status: 503, body: { name: 'application_error', message: 'Unavailable', statusCode: 503 } };
    };
    const db = await getDb();
    for (let i = 0; i < 3; i++) await drainOutbox(db, { ...noPause, maxAttempts: 3, now: later(i * 3_600_000) });
    const failed = await db.select().from(emailOutbox);
    expect(failed.map((r) => [r.status, r.attempts])).toEqual(Array(4).fill(['failed', 3]));
    expect(failed[0].lastError).toContain('Unavailable');
    expect(await readDeliveryProgress(db, followupId)).toMatchObject({ total: 4, failed: 4, pending: 0, done: true });

    stub.respond = () => undefined;
    const admin = await makeUser('secretariat');
    expect(await retryFailedDeliveries(db, { id: admin.id, email: admin.email }, followupId)).toBe(4);
    expect(await readDeliveryProgress(db, followupId)).toMatchObject({ pending: 4, failed: 0, done: false });
    await drainOutbox(db, noPause);
    expect(await readDeliveryProgress(db, followupId)).toMatchObject({ sent: 4, failed: 0, done: true });
    expect(tally(deliveredEmails(stub))).toEqual(new Map(emails.map((e) => [e, 1])));
    const [entry] = await db.select().from(auditLog).where(eq(auditLog.action, 'followup.retry-failed'));
    expect(entry).toMatchObject({ actorId: admin.id, entityId: followupId, changes: { emails: 4 } });
  });

  it('marks a batch Resend refuses as invalid failed at once', async () => {
    await queueTestEmails(2, { prefix: 'invalid' });
    stub.respond = () => {
      return { status: 422, body: { name: 'validation_error', message: 'Invalid `to` field.', statusCode: 422 } };
    };
    await drainOutbox(await getDb(), noPause);
    const rows = await (await getDb()).select().from(emailOutbox);
    expect(rows.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(rows[0].lastError).toContain('Invalid `to` field.');
    expect(batchRequests(stub)).toHaveLength(1);
  });

  it('waits as long as Resend asks when rate limited (429 with retry-after) and then goes on', async () => {
    const { emails } = await queueTestEmails(120);
    let calls = 0;
    stub.respond = () => {
      if (calls++ !== 1) return undefined;
      return { status: 429, headers: { 'retry-after': '2' }, body: { name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 } };
    };
    const slept: number[] = [];
    let clock = Date.now();
    const summary = await drainOutbox(await getDb(), {
      pauseMs: 0,
      now: () => new Date(clock),
      sleep: async (ms) => {
        slept.push(ms);
        clock += ms;
      },
    });
    // The 2 s asked for, then (after a success that used up the window) the rest of the window.
    expect(slept[0]).toBe(2000);
    expect(summary).toMatchObject({ sent: 120, rateLimited: 1, failed: 0 });
    const rows = await (await getDb()).select().from(emailOutbox).where(inArray(emailOutbox.toEmail, emails));
    // Being told to wait is not counted as an attempt of the email's own.
    expect(rows.every((r) => r.attempts === 1 && r.status === 'sent')).toBe(true);
    expect(tally(deliveredEmails(stub))).toEqual(new Map(emails.map((e) => [e, 1])));
  });

  it("paces by Resend's rate-limit headers: no pause while the window has requests left, its rest once used up", async () => {
    const { emails } = await queueTestEmails(300);
    const remaining = ['1', '0', '1'];
    let calls = 0;
    stub.respond = (req) => {
      const n = calls++;
      const body = { data: (req.body as unknown[]).map((_, i) => ({ id: `paced-${n}-${i}` })) };
      return { status: 200, body, headers: { 'ratelimit-limit': '2', 'ratelimit-remaining': remaining[n] ?? '1', 'ratelimit-reset': '1' } };
    };
    const slept: number[] = [];
    // The fixed pause applies only when Resend sends no headers, so it must not show here.
    const summary = await drainOutbox(await getDb(), { pauseMs: 500, sleep: async (ms) => void slept.push(ms) });
    expect(summary).toMatchObject({ batches: 3, sent: 300, failed: 0 });
    expect(slept).toEqual([1000]);
    const sentTo = batchRequests(stub).flatMap((r) => (r.body as { to: string[] }[]).flatMap((e) => e.to));
    expect(tally(sentTo)).toEqual(new Map(emails.map((e) => [e, 1])));
  });

  it('derives the batch key from the rows, whatever their order', () => {
    const rows = [{ idempotencyKey: 'a' }, { idempotencyKey: 'b' }];
    expect(batchIdempotencyKey(rows)).toBe(batchIdempotencyKey([...rows].reverse()));
    expect(batchIdempotencyKey(rows)).not.toBe(batchIdempotencyKey([{ idempotencyKey: 'a' }]));
  });
});
