import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { SignInEmail } from '@/emails/sign-in-email';
import { resetEnvForTests } from '@/lib/env';
import { drainOutbox } from '@/lib/mail/outbox-worker';
import { queueEmail } from '@/lib/mail/send-email';
import { makeForumSettings } from '../../support/fixtures';
import { startResendStub, type ResendStub } from '../../support/resend-stub';

const signInEmail = (to: string, key: string, locale: 'da' | 'en' = 'da') => ({
  kind: 'sign-in' as const,
  priority: 'sign-in' as const,
  sensitive: true,
  to,
  locale,
  idempotencyKey: key,
  render: (t: (k: string) => string, footer: string) => ({
    subject: t('signIn.subject'),
    element: SignInEmail({ url: 'https://example.test/signin/confirm?token=x', t, footer, lang: locale }),
  }),
});

describe('queuing an email and delivering it', () => {
  let stub: ResendStub;
  const send = async (request: Parameters<typeof queueEmail>[1]) => {
    const db = await getDb();
    await queueEmail(db, request);
    await drainOutbox(db);
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, request.idempotencyKey!));
    return row;
  };
  beforeAll(async () => {
    await makeForumSettings();
    stub = await startResendStub();
  });
  afterAll(async () => {
    delete process.env.RESEND_API_KEY;
    delete process.env.RESEND_BASE_URL;
    resetEnvForTests();
    await stub.close();
  });

  it('keeps the email in the local outbox when no Resend key is set', async () => {
    const row = await send(signInEmail('outbox@example.test', 'k-outbox'));
    expect(row).toMatchObject({ toEmail: 'outbox@example.test', status: 'sent', transport: 'outbox', priority: 0 });
    expect(row.subject).toBe('Dit login-link til Strategisk Erhvervsforum');
    expect(row.html).toContain('https://example.test/signin/confirm?token=x');
    expect(row.text).toContain('Nordmarks Allé 1');
    expect(stub.requests).toHaveLength(0);
  });

  it('only queues: nothing reaches the provider before the worker runs', async () => {
    process.env.RESEND_API_KEY = 're_test_key';
    process.env.RESEND_BASE_URL = stub.url;
    process.env.MAIL_FROM = 'Erhvervsforum <forum@example.test>';
    resetEnvForTests();
    const db = await getDb();
    expect(await queueEmail(db, signInEmail('queued@example.test', 'k-queued'))).toBe(true);
    expect(await queueEmail(db, signInEmail('queued@example.test', 'k-queued'))).toBe(false);
    expect(stub.requests).toHaveLength(0);
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, 'k-queued'));
    expect(row).toMatchObject({ status: 'pending', attempts: 0, sensitive: true });
    await drainOutbox(db);
    stub.reset();
  });

  it('sends through the real Resend SDK with recipient, subject, sender and idempotency key, then clears a sign-in link', async () => {
    const row = await send(signInEmail('person@example.test', 'k-resend-1', 'en'));
    expect(stub.requests).toHaveLength(1);
    const [req] = stub.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/emails/batch');
    expect(req.headers['idempotency-key']).toMatch(/^batch-/);
    expect(req.headers.authorization).toBe('Bearer re_test_key');
    expect((req.body as unknown[])[0]).toMatchObject({
      from: 'Erhvervsforum <forum@example.test>',
      to: ['person@example.test'],
      subject: 'Your sign-in link for the Strategic Business Forum',
    });
    expect(row).toMatchObject({ status: 'sent', transport: 'resend', providerMessageId: expect.stringMatching(/^stub-/) });
    // The link is a credential: gone from our copy once Resend has it.
    expect([row.html, row.text]).toEqual(['[removed after sending]', '[removed after sending]']);
  });

  it('sends an email with the same idempotency key only once', async () => {
    stub.reset();
    const db = await getDb();
    await queueEmail(db, signInEmail('person@example.test', 'k-resend-2'));
    await queueEmail(db, signInEmail('person@example.test', 'k-resend-2'));
    await drainOutbox(db);
    expect(stub.delivered.map((d) => d.to)).toEqual(['person@example.test']);
  });

  it('sends an email with an attachment on its own, through the single-email API under its own key', async () => {
    stub.reset();
    const row = await send({
      ...signInEmail('ics@example.test', 'k-ics'),
      sensitive: false,
      attachments: [{ filename: 'm.ics', content: Buffer.from('BEGIN:VCALENDAR').toString('base64'), contentType: 'text/calendar' }],
    });
    expect(row.status).toBe('sent');
    expect(stub.requests.map((r) => r.path)).toEqual(['/emails']);
    expect(stub.requests[0].headers['idempotency-key']).toMatch(/^email-[0-9a-f]{64}$/);
    expect(stub.delivered).toMatchObject([{ to: 'ics@example.test', attachments: 1 }]);
  });

  it('records the failure when Resend refuses the email', async () => {
    stub.respond = () => ({ status: 422, body: { name: 'validation_error', message: 'Invalid `to` field.', statusCode: 422 } });
    const row = await send(signInEmail('bad@example.test', 'k-resend-3'));
    expect(row.status).toBe('failed');
    expect(row.lastError).toContain('Invalid');
    stub.respond = () => undefined;
  });
});
