// Renders an email (react-email template, the recipient's language) into an outbox row, and
// queues it in the caller's transaction. Nothing here talks to the provider: every email is
// written with the change it reports and delivered by the outbox worker (outbox-worker.ts), so a
// rate limit, a slow provider or a crash never loses one.
import 'server-only';
import { render } from '@react-email/render';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, emailPriorities, forumSettings, type EmailAttachment, type EmailKind, type EmailPriority } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import { emailTranslator } from './email-translator';
import { queueEmails } from './outbox-queue';
import type { EmailT, RenderedEmail } from './types';

export type EmailRequest = {
  kind: EmailKind;
  to: string;
  toUserId?: string | null;
  locale: Locale;
  render: (t: EmailT, footer: string) => RenderedEmail;
  idempotencyKey?: string;
  attachments?: EmailAttachment[];
  followupId?: string | null;
  /** Clear the stored body once a real provider accepted it (sign-in links are credentials). */
  sensitive?: boolean;
  /** Delivery order (default: a personal notice). */
  priority?: EmailPriority;
};

export type PreparedEmail = typeof emailOutbox.$inferInsert;

/** Renders an email into an outbox row without storing it. */
export async function prepareEmail(db: DbOrTx, request: EmailRequest): Promise<PreparedEmail> {
  const t = emailTranslator(request.locale);
  const footer = await emailFooter(db, t);
  const { subject, element } = request.render(t, footer);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return {
    kind: request.kind,
    toEmail: request.to,
    toUserId: request.toUserId ?? null,
    subject,
    html,
    text,
    attachments: request.attachments ?? null,
    idempotencyKey: request.idempotencyKey ?? `${request.kind}:${crypto.randomUUID()}`,
    followupId: request.followupId ?? null,
    priority: emailPriorities[request.priority ?? 'personal'],
    sensitive: request.sensitive ?? false,
  };
}

async function emailFooter(db: DbOrTx, t: EmailT) {
  const [s] = await db.select().from(forumSettings).limit(1);
  if (!s) return '';
  return t('footer', {
    secretariat: s.secretariatName,
    address: `${s.addressLine}, ${s.postalCity}`,
    email: s.email,
    phone: s.phone,
  });
}

/**
 * Renders one email and queues it in `tx`, the transaction of the change it reports. Queuing the
 * same idempotency key twice adds nothing. Returns whether it was new.
 */
export async function queueEmail(tx: DbOrTx, request: EmailRequest, now = new Date()): Promise<boolean> {
  return (await queueEmails(tx, [await prepareEmail(tx, request)], now)) > 0;
}
