// Issue 10, point 2: no email is ever lost. Every test runs the real worker against the Resend
// stand-in as it behaves by default — 2 requests/s with 429 + retry-after past it, Idempotency-Key
// replay, at most 100 emails per batch — and with real waits.
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, emailOutbox, emailPriorities, followups } from '@/db/schema';
import { SignInEmail } from '@/emails/sign-in-email';
import { countFailedPersonalEmails, readFailedPersonalEmails, retryFailedEmail } from '@/lib/mail/failed-emails';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { drainOutbox } from '@/lib/mail/outbox-worker';
import { queueEmail } from '@/lib/mail/send-email';
import { registerForMeeting } from '@/lib/registrations/register-for-meeting';
import { makeForumSettings, makeMeeting, makeUser } from '../../support/fixtures';
import { deliveredEmails, tally, useLocalOutbox, useResend } from '../../support/fixtures-outbox';
import { makeCompanyPeople } from '../../support/fixtures-registrations';
import { startResendStub, type ResendStub } from '../../support/resend-stub';

const later = (ms: number) => () => new Date(Date.now() + ms);
const waitFor = async (done: () => boolean, timeoutMs: number) => {
  const started = Date.now();
  while (!done() && Date.now() - started < timeoutMs) await new Promise((r) => setTimeout(r, 25));
  return Date.now() - started;
};

const personal = (to: string, key: string) => ({
  kind: 'registration-cancelled' as const,
  toEmail: to,
  subject: 'Din tilmelding er annulleret',
  html: '<p>Hej</p>',
  text: 'Hej',
  idempotencyKey: key,
});

describe('no email is ever lost', () => {
  let stub: ResendStub;
  beforeAll(async () => {
    await makeForumSettings();
    stub = await startResendStub();
  });
  beforeEach(async () => {
    useResend(stub);
    stub.reset();
    stub.hang = false;
    stub.respond = () => undefined;
    await (await getDb()).delete(emailOutbox);
  });
  afterAll(async () => {
    useLocalOutbox();
    await stub.close();
  });

  it('delivers the confirmations of 60 registrations made at once, each once, through the rate limit', { timeout: 150_000 }, async () => {
    const meeting = await makeMeeting({ capacity: 200 });
    const people = await makeCompanyPeople(60, 'burst');
    const db = await getDb();
    await Promise.all(people.map((p) => registerForMeeting(db, p, { meetingId: meeting.id, colleagues: 0, note: null })));
    // Queued with the registrations, nothing sent yet.
    const queued = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'registration-confirmed'));
    expect(queued).toHaveLength(60);
    expect(stub.requests).toHaveLength(0);

    // Two instances drain at once and overrun the 2 requests/s between them.
    const [a, b] = await Promise.all([drainOutbox(db, { budgetMs: 120_000 }), drainOutbox(db, { budgetMs: 120_000 })]);
    expect(a.failed + b.failed).toBe(0);
    const tooMany = stub.requests.length - stub.delivered.length;
    console.info(`[outbox] 60 confirmations: ${stub.requests.length} requests, ${tooMany} answered 429, ${a.rateLimited + b.rateLimited} waits`);

    expect(tally(deliveredEmails(stub))).toEqual(new Map(people.map((p) => [p.email, 1])));
    // Each with its calendar file, which Resend's batch endpoint would not take.
    expect(stub.delivered.every((d) => d.attachments === 1 && d.path === '/emails')).toBe(true);
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'registration-confirmed'));
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
  });

  it('delivers a sign-in link within seconds while a 10,000-email bulk send drains at 2 requests/s', { timeout: 120_000 }, async () => {
    const db = await getDb();
    const bulk = Array.from({ length: 10_000 }, (_, i) => ({
      ...personal(`bulk-${i}@example.test`, `bulk:${i}`),
      kind: 'participant-followup' as const,
      priority: emailPriorities.bulk,
    }));
    await queueEmails(db, bulk);
    const draining = drainOutbox(db, { budgetMs: 10_000 });
    // The bulk send is well under way ...
    await waitFor(() => stub.delivered.length >= 300, 20_000);
    expect(stub.delivered.length).toBeGreaterThanOrEqual(300);

    // ... when a person asks for a sign-in link.
    const asked = Date.now();
    await queueEmail(db, {
      kind: 'sign-in',
      to: 'waiting@example.test',
      locale: 'da',
      priority: 'sign-in',
      sensitive: true,
      idempotencyKey: 'sign-in:waiting',
      render: (t, footer) => ({
        subject: t('signIn.subject'),
        element: SignInEmail({ url: 'https://example.test/signin/confirm?token=x', t, footer, lang: 'da' }),
      }),
    });
    await waitFor(() => stub.delivered.some((d) => d.to === 'waiting@example.test'), 10_000);
    const tookMs = Date.now() - asked;
    const bulkBefore = stub.delivered.findIndex((d) => d.to === 'waiting@example.test');
    console.info(`[outbox] sign-in link delivered ${tookMs} ms after it was asked for, after ${bulkBefore} bulk emails`);
    expect(stub.delivered.filter((d) => d.to === 'waiting@example.test')).toHaveLength(1);
    expect(tookMs).toBeLessThan(3_000);

    await draining;
    // The bulk send went on at the pace Resend allows, and none of it failed.
    const [failed] = await db.select().from(emailOutbox).where(eq(emailOutbox.status, 'failed'));
    expect(failed).toBeUndefined();
  });

  it('gives up on a provider that never answers after the timeout, and sends the batch again later, once', async () => {
    const db = await getDb();
    await queueEmails(db, [personal('slow-1@example.test', 'slow:1'), personal('slow-2@example.test', 'slow:2')]);
    stub.hang = true;
    const started = Date.now();
    const first = await drainOutbox(db, { timeoutMs: 500 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(first).toMatchObject({ sent: 0, retrying: 2, failed: 0 });
    const waiting = await db.select().from(emailOutbox);
    expect(waiting.every((r) => r.status === 'sending' && r.lastError?.startsWith('timeout'))).toBe(true);

    stub.hang = false;
    // Not before its backoff; then under the same key.
    expect((await drainOutbox(db, { timeoutMs: 500 })).batches).toBe(0);
    const second = await drainOutbox(db, { timeoutMs: 500, now: later(31_000) });
    expect(second.sent).toBe(2);
    expect(new Set(stub.requests.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    expect(tally(deliveredEmails(stub))).toEqual(new Map([['slow-1@example.test', 1], ['slow-2@example.test', 1]]));
  });

  it('keeps retrying through server errors past the old five attempts, with growing waits', async () => {
    const db = await getDb();
    await queueEmails(db, [personal('flaky@example.test', 'flaky:1')]);
    stub.respond = () => ({ status: 503, body: { statusCode: 503, name: 'application_error', message: 'Unavailable' } });
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      await drainOutbox(db, { now: later(i * 3_600_000) });
      const [row] = await db.select().from(emailOutbox);
      expect(row.status).toBe('sending');
      waits.push(row.nextAttemptAt.getTime() - (Date.now() + i * 3_600_000));
    }
    // 30 s, 1 min, 2 min, 4 min, … (each measured from its own attempt).
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1]);
    stub.respond = () => undefined;
    await drainOutbox(db, { now: later(7 * 3_600_000) });
    expect(deliveredEmails(stub)).toEqual(['flaky@example.test']);
  });

  it('fails a personal email only on a permanent refusal, lists it for the secretariat and sends it again on request', async () => {
    const db = await getDb();
    const person = await makeUser('company');
    const meeting = await makeMeeting({ startsAt: new Date(Date.now() - 86_400_000) });
    const [followup] = await db.insert(followups).values({ meetingId: meeting.id, kind: 'participant_email' }).returning();
    await queueEmails(db, [{ ...personal('old-address@example.test', 'refused:1'), toUserId: person.id }]);
    // Neither a bulk dispatch's email (it has its own retry) nor a sign-in link is listed.
    await queueEmails(db, [
      { ...personal('bulk@example.test', 'refused:bulk'), priority: emailPriorities.bulk, followupId: followup.id },
      { ...personal('signin@example.test', 'refused:signin'), kind: 'sign-in', priority: emailPriorities['sign-in'] },
    ]);
    stub.respond = () => ({ status: 422, body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' } });
    await drainOutbox(db);
    stub.respond = () => undefined;

    const failed = await readFailedPersonalEmails(db);
    expect(failed.map((f) => f.toEmail)).toEqual(['old-address@example.test']);
    expect(failed[0].lastError).toContain('Invalid `to` field.');
    expect(await countFailedPersonalEmails(db)).toBe(1);

    const admin = await makeUser('secretariat');
    const actor = { id: admin.id, email: admin.email };
    // It goes to the address the person has now.
    expect(await retryFailedEmail(db, actor, { emailId: failed[0].id })).toEqual({ to: person.email });
    await expect(retryFailedEmail(db, actor, { emailId: failed[0].id })).rejects.toMatchObject({ key: 'emailNotFailed' });
    expect(await countFailedPersonalEmails(db)).toBe(0);
    await drainOutbox(db);
    expect(deliveredEmails(stub)).toEqual([person.email]);
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, 'refused:1'));
    expect(row.status).toBe('sent');
    const [entry] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'email.retry'), eq(auditLog.entityId, row.id)));
    expect(entry).toMatchObject({ actorId: admin.id });
    const others = await db.select().from(emailOutbox).where(inArray(emailOutbox.idempotencyKey, ['refused:bulk', 'refused:signin']));
    expect(others.map((r) => r.status)).toEqual(['failed', 'failed']);
  });
});
