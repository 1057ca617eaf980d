// Resend's delivery webhooks: only a valid svix signature is believed, and bounces and
// complaints land on the email's row (a late "delivered" never hides them).
import { eq } from 'drizzle-orm';
import { Webhook } from 'svix';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { recordDeliveryEvent, verifyResendWebhook } from '@/lib/mail/delivery-events';

const secret = `whsec_${Buffer.from('a-test-secret-of-enough-length!!').toString('base64')}`;

function signed(payload: object, key = secret, at = new Date()) {
  const body = JSON.stringify(payload);
  const id = `msg_${Math.random().toString(36).slice(2)}`;
  const signature = new Webhook(key).sign(id, at, body);
  const headers = new Headers({ 'svix-id': id, 'svix-timestamp': String(Math.floor(at.getTime() / 1000)), 'svix-signature': signature });
  return { body, headers };
}

async function sentEmail(providerMessageId: string) {
  const db = await getDb();
  await db.insert(emailOutbox).values({
    kind: 'participant-followup', toEmail: 'someone@example.test', subject: 's', html: 'h', text: 't',
    idempotencyKey: `webhook:${providerMessageId}`, status: 'sent', transport: 'resend', providerMessageId,
  });
}

const statusOf = async (providerMessageId: string) =>
  (await (await getDb()).select().from(emailOutbox).where(eq(emailOutbox.providerMessageId, providerMessageId)))[0];

describe('Resend delivery webhooks', () => {
  it('accepts a correctly signed event and refuses a forged, altered or stale one', () => {
    const event = { type: 'email.bounced', data: { email_id: 'x' } };
    const ok = signed(event);
    expect(verifyResendWebhook(ok.body, ok.headers, secret)).toMatchObject(event);
    const forged = signed(event, `whsec_${Buffer.from('another-secret-of-enough-length!').toString('base64')}`);
    expect(verifyResendWebhook(forged.body, forged.headers, secret)).toBeNull();
    expect(verifyResendWebhook(ok.body.replace('bounced', 'delivered'), ok.headers, secret)).toBeNull();
    const stale = signed(event, secret, new Date(Date.now() - 10 * 60_000));
    expect(verifyResendWebhook(stale.body, stale.headers, secret)).toBeNull();
  });

  it('records delivery, bounce and complaint on the row, idempotently', async () => {
    const db = await getDb();
    await sentEmail('re_1');
    expect(await recordDeliveryEvent(db, { type: 'email.delivered', data: { email_id: 're_1' } })).toBe(true);
    expect((await statusOf('re_1')).status).toBe('delivered');

    await sentEmail('re_2');
    await recordDeliveryEvent(db, { type: 'email.bounced', data: { email_id: 're_2', bounce: { message: 'Mailbox does not exist' } } });
    await recordDeliveryEvent(db, { type: 'email.bounced', data: { email_id: 're_2' } }); // redelivered by Svix
    await recordDeliveryEvent(db, { type: 'email.delivered', data: { email_id: 're_2' } }); // late and out of order
    expect(await statusOf('re_2')).toMatchObject({ status: 'bounced', lastError: 'Mailbox does not exist' });

    await sentEmail('re_3');
    await recordDeliveryEvent(db, { type: 'email.complained', data: { email_id: 're_3' } });
    expect((await statusOf('re_3')).status).toBe('complained');
    expect(await recordDeliveryEvent(db, { type: 'email.opened', data: { email_id: 're_3' } })).toBe(false);
  });
});
