// Every bulk email carries its recipient's own unsubscribe link (in the body and as RFC 8058
// headers, sent on to Resend), and the suppression list — from an unsubscribe, a hard bounce or
// a complaint reported by Resend's signed webhook — stops further bulk email while personal
// email (a sign-in link) still goes.
import { eq } from 'drizzle-orm';
import { Webhook } from 'svix';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox, emailSuppressions } from '@/db/schema';
import { recordDeliveryEvent, verifyResendWebhook } from '@/lib/mail/delivery-events';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { drainOutbox } from '@/lib/mail/outbox-worker';
import { prepareBulkEmails } from '@/lib/mail/prepare-bulk';
import { queueEmail } from '@/lib/mail/send-email';
import { readUnsubscribeCode } from '@/lib/subscriptions/links';
import { Text } from '@react-email/components';
import { createElement } from 'react';
import { makeForumSettings } from '../../support/fixtures';
import { batchRequests, deliveredEmails, useLocalOutbox, useResend } from '../../support/fixtures-outbox';
import { startResendStub, type ResendStub } from '../../support/resend-stub';

const secret = `whsec_${Buffer.from('a-test-secret-of-enough-length!!').toString('base64')}`;

function signed(payload: object) {
  const body = JSON.stringify(payload);
  const id = `msg_${Math.random().toString(36).slice(2)}`;
  const at = new Date();
  const headers = new Headers({ 'svix-id': id, 'svix-timestamp': String(Math.floor(at.getTime() / 1000)), 'svix-signature': new Webhook(secret).sign(id, at, body) });
  return { body, headers };
}

let n = 0;
const tag = () => `${Date.now().toString(36)}${n++}`;

async function queueBulk(recipients: { email: string; locale: 'da' | 'en' }[], key = tag()) {
  const db = await getDb();
  const emails = await prepareBulkEmails(
    db,
    recipients.map((r) => ({ ...r, userId: null })),
    (locale) => ({
      kind: 'participant-followup',
      render: (_t, footer) => ({ subject: locale === 'da' ? 'Nyt fra forummet' : 'News from the forum', element: createElement('html', null, createElement('body', null, createElement(Text, null, `Hej & velkommen ${footer}`))) }),
    }),
    (r) => `bulk-test:${key}:${r.email}`,
  );
  await queueEmails(db, emails);
  return db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'participant-followup'));
}

describe('unsubscribe links and headers on bulk email', () => {
  let stub: ResendStub;
  beforeAll(async () => {
    await makeForumSettings();
    stub = await startResendStub({ ratePerSecond: 100 });
  });
  beforeEach(async () => {
    useResend(stub);
    stub.reset();
    await (await getDb()).delete(emailOutbox);
  });
  afterAll(async () => {
    useLocalOutbox();
    await stub.close();
  });

  it('gives each recipient their own link in the body and the one-click headers, and sends the headers to Resend', async () => {
    const rows = await queueBulk([
      { email: 'anna@example.test', locale: 'da' },
      { email: 'bo@example.test', locale: 'en' },
    ]);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const header = row.headers!['List-Unsubscribe'];
      expect(row.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
      const api = /^<(http:\/\/[^>]+\/api\/unsubscribe\?code=([^>]+))>$/.exec(header);
      expect(api).not.toBeNull();
      expect(readUnsubscribeCode(decodeURIComponent(api![2]))).toBe(row.toEmail);
      const page = row.toEmail.startsWith('anna') ? '/unsubscribe?code=' : '/en/unsubscribe?code=';
      expect(row.text).toContain(`${page}${api![2]}`);
      const inHtml = /href="([^"]*\/unsubscribe\?code=[^"]+)"/.exec(row.html)![1].replace(/&amp;/g, '&');
      expect(inHtml.endsWith(`${page}${api![2]}`)).toBe(true);
      expect(row.html).not.toContain('unsubscribe.invalid');
      expect(row.text).not.toContain('unsubscribe.invalid');
      expect(row.text).toContain(row.toEmail.startsWith('anna') ? 'Frameld dig med ét klik' : 'Unsubscribe in one click');
    }

    await drainOutbox(await getDb(), { pauseMs: 0 });
    const sent = batchRequests(stub).flatMap((r) => r.body as { to: string[]; headers?: Record<string, string> }[]);
    expect(sent).toHaveLength(2);
    for (const email of sent) {
      const row = rows.find((r) => r.toEmail === email.to[0])!;
      expect(email.headers).toEqual(row.headers);
    }
  });

  it('suppresses after a hard bounce and a complaint from the signed webhook, so the next bulk send skips them and a sign-in email still goes', async () => {
    const db = await getDb();
    const first = await queueBulk([
      { email: 'hard@example.test', locale: 'da' },
      { email: 'soft@example.test', locale: 'da' },
      { email: 'angry@example.test', locale: 'da' },
    ]);
    await drainOutbox(db, { pauseMs: 0 });
    const idOf = async (email: string) => (await db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, email)))[0].providerMessageId!;
    expect(first).toHaveLength(3);

    const events = [
      { type: 'email.bounced', data: { email_id: await idOf('hard@example.test'), to: ['hard@example.test'], bounce: { message: 'No such user', type: 'Permanent', subType: 'General' } } },
      { type: 'email.bounced', data: { email_id: await idOf('soft@example.test'), to: ['soft@example.test'], bounce: { message: 'Mailbox full', type: 'Transient', subType: 'MailboxFull' } } },
      { type: 'email.complained', data: { email_id: await idOf('angry@example.test'), to: ['angry@example.test'] } },
    ];
    for (const event of events) {
      const { body, headers } = signed(event);
      const verified = verifyResendWebhook(body, headers, secret);
      expect(verified).not.toBeNull();
      await recordDeliveryEvent(db, verified!);
    }
    const suppressed = await db.select().from(emailSuppressions);
    expect(Object.fromEntries(suppressed.map((s) => [s.email, s.reason]))).toMatchObject({ 'hard@example.test': 'bounced', 'angry@example.test': 'complained' });
    expect(suppressed.map((s) => s.email)).not.toContain('soft@example.test');

    stub.reset();
    await db.delete(emailOutbox);
    await queueBulk([
      { email: 'hard@example.test', locale: 'da' },
      { email: 'soft@example.test', locale: 'da' },
      { email: 'angry@example.test', locale: 'da' },
    ]);
    await queueEmail(db, { kind: 'sign-in', to: 'hard@example.test', locale: 'da', priority: 'sign-in', render: () => ({ subject: 'Login', element: createElement('p', null, 'link') }) });
    await drainOutbox(db, { pauseMs: 0 });
    expect(deliveredEmails(stub).sort()).toEqual(['hard@example.test', 'soft@example.test']);
    const rows = await db.select().from(emailOutbox);
    const bulkTo = (email: string) => rows.find((r) => r.toEmail === email && r.kind === 'participant-followup')!;
    expect(bulkTo('hard@example.test')).toMatchObject({ status: 'failed', lastError: expect.stringContaining('suppressed') });
    expect(bulkTo('angry@example.test')).toMatchObject({ status: 'failed', lastError: expect.stringContaining('suppressed') });
    expect(rows.find((r) => r.kind === 'sign-in')!.status).toBe('sent');
  });
});
