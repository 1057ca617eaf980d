import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { SignInEmail } from '@/emails/sign-in-email';
import { resetEnvForTests } from '@/lib/env';
import { sendEmail } from '@/lib/mail/send-email';
import { makeForumSettings } from '../../support/fixtures';
import { startResendStub, type ResendStub } from '../../support/resend-stub';

const signInEmail = (to: string, key: string, locale: 'da' | 'en' = 'da') => ({
  kind: 'sign-in',
  to,
  locale,
  idempotencyKey: key,
  render: (t: (k: string) => string, footer: string) => ({
    subject: t('signIn.subject'),
    element: SignInEmail({ url: 'https://example.test/signin/confirm?token=x', t, footer, lang: locale }),
  }),
});

describe('sending an email', () => {
  let stub: ResendStub;
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
    const id = await sendEmail(signInEmail('outbox@example.test', 'k-outbox'));
    const db = await getDb();
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ toEmail: 'outbox@example.test', status: 'sent', transport: 'outbox' });
    expect(row.subject).toBe('Dit login-link til Strategisk Erhvervsforum');
    expect(row.html).toContain('https://example.test/signin/confirm?token=x');
    expect(row.text).toContain('Nordmarks Allé 1');
    expect(stub.requests).toHaveLength(0);
  });

  it('sends through the real Resend SDK with recipient, subject, sender and idempotency key', async () => {
    process.env.RESEND_API_KEY = 're_test_key';
    process.env.RESEND_BASE_URL = stub.url;
    process.env.MAIL_FROM = 'Erhvervsforum <forum@example.test>';
    resetEnvForTests();
    await sendEmail(signInEmail('person@example.test', 'k-resend-1', 'en'));
    expect(stub.requests).toHaveLength(1);
    const [req] = stub.requests;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/emails');
    expect(req.headers['idempotency-key']).toBe('k-resend-1');
    expect(req.headers.authorization).toBe('Bearer re_test_key');
    expect(req.body).toMatchObject({
      from: 'Erhvervsforum <forum@example.test>',
      to: ['person@example.test'],
      subject: 'Your sign-in link for the Strategic Business Forum',
    });
    const db = await getDb();
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, 'k-resend-1'));
    expect(row).toMatchObject({ status: 'sent', transport: 'resend', providerMessageId: 'stub-1' });
  });

  it('sends an email with the same idempotency key only once', async () => {
    const before = stub.requests.length;
    await sendEmail(signInEmail('person@example.test', 'k-resend-2'));
    await sendEmail(signInEmail('person@example.test', 'k-resend-2'));
    expect(stub.requests.length - before).toBe(1);
  });

  it('records the failure when Resend refuses the email', async () => {
    stub.respond = () => ({ status: 422, body: { name: 'validation_error', message: 'Invalid `to` field.', statusCode: 422 } });
    await expect(sendEmail(signInEmail('bad@example.test', 'k-resend-3'))).rejects.toThrow(/Invalid/);
    const db = await getDb();
    const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.idempotencyKey, 'k-resend-3'));
    expect(row.status).toBe('failed');
    expect(row.lastError).toContain('Invalid');
    stub.respond = () => undefined;
  });
});
