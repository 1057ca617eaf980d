// Resend's delivery webhooks: the signature is checked (svix, on the raw body, within Svix's
// five-minute window) and bounces, complaints and deliveries are recorded on the outbox row.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { Webhook } from 'svix';
import type { DbOrTx } from '@/db/client';
import { emailOutbox } from '@/db/schema';
import { suppressAddress } from '@/lib/subscriptions/unsubscribe';

export type ResendEvent = {
  type: string;
  data: { email_id?: string; to?: string[] | string; bounce?: { message?: string; type?: string; subType?: string } };
};

/**
 * Whether a bounce is permanent (the address does not exist or refuses us for good). Resend's
 * email.bounced carries `bounce.type` ('Permanent', 'Transient' or 'Undetermined'); only a
 * permanent one suppresses the address, a full mailbox does not.
 */
export function isPermanentBounce(event: ResendEvent): boolean {
  return /^permanent$/i.test(event.data?.bounce?.type ?? '');
}

/** Returns the event, or null when the signature does not hold. */
export function verifyResendWebhook(raw: string, headers: Headers, secret: string): ResendEvent | null {
  try {
    return new Webhook(secret).verify(raw, {
      'svix-id': headers.get('svix-id') ?? '',
      'svix-timestamp': headers.get('svix-timestamp') ?? '',
      'svix-signature': headers.get('svix-signature') ?? '',
    }) as ResendEvent;
  } catch {
    return null;
  }
}

/**
 * Records what happened to a sent email. Setting a status is idempotent, so Svix's redeliveries
 * are harmless; a late "delivered" never hides an earlier bounce or complaint.
 */
export async function recordDeliveryEvent(db: DbOrTx, event: ResendEvent): Promise<boolean> {
  const id = event.data?.email_id;
  if (!id) return false;
  const where = (from: ('sent' | 'delivered' | 'bounced')[]) =>
    and(eq(emailOutbox.providerMessageId, id), inArray(emailOutbox.status, from));
  let updated: unknown[] = [];
  switch (event.type) {
    case 'email.delivered':
      updated = await db.update(emailOutbox).set({ status: 'delivered' }).where(where(['sent'])).returning({ id: emailOutbox.id });
      break;
    case 'email.bounced':
      updated = await db
        .update(emailOutbox)
        .set({ status: 'bounced', lastError: event.data.bounce?.message ?? 'bounced' })
        .where(where(['sent', 'delivered']))
        .returning({ id: emailOutbox.id });
      break;
    case 'email.complained':
      updated = await db
        .update(emailOutbox)
        .set({ status: 'complained' })
        .where(where(['sent', 'delivered', 'bounced']))
        .returning({ id: emailOutbox.id });
      break;
  }
  // A complaint, or a permanent bounce, stops every further bulk email to the address.
  if (event.type === 'email.complained' || (event.type === 'email.bounced' && isPermanentBounce(event))) {
    const [row] = await db.select({ toEmail: emailOutbox.toEmail }).from(emailOutbox).where(eq(emailOutbox.providerMessageId, id)).limit(1);
    const to = event.data.to;
    const email = row?.toEmail ?? (Array.isArray(to) ? to[0] : to);
    if (email) {
      await suppressAddress(db, email, event.type === 'email.complained' ? 'complained' : 'bounced', new Date());
      return true;
    }
  }
  return updated.length > 0;
}
