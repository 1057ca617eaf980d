// The one way the app sends an email: render the react-email template in the recipient's
// language, record it in the outbox, and deliver it now (Resend, or the local outbox when no
// key is set). Bulk dispatch queues rows instead and lets the worker deliver them in batches.
import 'server-only';
import { render } from '@react-email/render';
import { eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { emailOutbox, forumSettings, type EmailAttachment } from '@/db/schema';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { emailTranslator } from './email-translator';
import { DELIVERED_DIRECTLY } from './outbox-claim';
import { isResendConfigured, resendClient } from './resend-client';
import type { EmailT, RenderedEmail } from './types';

export type EmailRequest = {
  kind: string;
  to: string;
  toUserId?: string | null;
  locale: Locale;
  render: (t: EmailT, footer: string) => RenderedEmail;
  idempotencyKey?: string;
  attachments?: EmailAttachment[];
  followupId?: string | null;
  /** Clear the stored body once a real provider accepted it (sign-in links are credentials). */
  sensitive?: boolean;
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

/** Sends one email now and returns its outbox row id. Throws if the provider refused it. */
export async function sendEmail(request: EmailRequest): Promise<string> {
  const db = await getDb();
  const row = await prepareEmail(db, request);
  const [stored] = await db
    .insert(emailOutbox)
    // Delivered by this call, never by the dispatch worker (see DELIVERED_DIRECTLY).
    .values({ ...row, status: 'sending', attempts: 1, claimedAt: new Date(), nextAttemptAt: DELIVERED_DIRECTLY })
    .onConflictDoNothing({ target: emailOutbox.idempotencyKey })
    .returning({ id: emailOutbox.id });
  if (!stored) {
    // Already queued under this key: never send twice.
    const [existing] = await db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(eq(emailOutbox.idempotencyKey, row.idempotencyKey));
    return existing.id;
  }

  if (!isResendConfigured()) {
    await db
      .update(emailOutbox)
      .set({ status: 'sent', transport: 'outbox', sentAt: new Date() })
      .where(eq(emailOutbox.id, stored.id));
    return stored.id;
  }

  const { data, error } = await resendClient().emails.send(
    {
      from: getEnv().MAIL_FROM,
      to: [row.toEmail],
      subject: row.subject,
      html: row.html,
      text: row.text,
      attachments: row.attachments?.map((a) => ({
        filename: a.filename,
        content: a.content,
        contentType: a.contentType,
      })),
    },
    { idempotencyKey: row.idempotencyKey },
  );
  if (error || !data) {
    await db
      .update(emailOutbox)
      .set({ status: 'failed', transport: 'resend', lastError: error?.message ?? 'No response' })
      .where(eq(emailOutbox.id, stored.id));
    throw new Error(`Resend refused the email: ${error?.message ?? 'no response'}`);
  }
  await db
    .update(emailOutbox)
    .set({
      status: 'sent',
      transport: 'resend',
      providerMessageId: data.id,
      sentAt: new Date(),
      ...(request.sensitive ? { html: '[removed after sending]', text: '[removed after sending]' } : {}),
    })
    .where(eq(emailOutbox.id, stored.id));
  return stored.id;
}
