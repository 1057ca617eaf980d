// Renders one email for many recipients: once per language (the text does not depend on the
// person), then one outbox row per recipient with its own idempotency key.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { Locale } from '@/lib/i18n/routing';
import { prepareEmail, type EmailRequest, type PreparedEmail } from './send-email';

export type BulkRecipient = { userId: string | null; email: string; locale: Locale };

export async function prepareBulkEmails<R extends BulkRecipient>(
  db: DbOrTx,
  recipients: R[],
  /** The email in one language; links may depend on it (Danish pages have no prefix). */
  request: (locale: Locale) => Omit<EmailRequest, 'to' | 'toUserId' | 'locale' | 'idempotencyKey'>,
  idempotencyKey: (recipient: R) => string,
): Promise<PreparedEmail[]> {
  const byLocale = new Map<Locale, PreparedEmail>();
  for (const locale of new Set(recipients.map((r) => r.locale))) {
    // Bulk unless the caller says otherwise (a meeting's cancellation is personal to each person).
    byLocale.set(locale, await prepareEmail(db, { priority: 'bulk', ...request(locale), to: '', locale }));
  }
  return recipients.map((r) => ({
    ...byLocale.get(r.locale)!,
    toEmail: r.email,
    toUserId: r.userId,
    idempotencyKey: idempotencyKey(r),
  }));
}
