// Renders one email for many recipients: once per language (the text does not depend on the
// person), then one outbox row per recipient with its own idempotency key. Every bulk email gets,
// here and nowhere else, the recipient's own unsubscribe link: visible at the end of the email,
// and as the List-Unsubscribe / List-Unsubscribe-Post headers (RFC 8058 one-click).
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { emailPriorities } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import { subscriptionT } from '@/lib/subscriptions/confirm-email';
import { unsubscribeApiLink, unsubscribeCode, unsubscribePageLink } from '@/lib/subscriptions/links';
import { escapeHtml, withLinkInPlaceOf } from './link-placeholder';
import { prepareEmail, type EmailRequest, type PreparedEmail } from './send-email';

export type BulkRecipient = { userId: string | null; email: string; locale: Locale };

/** Stands in for the recipient's link in the email rendered once per language. */
const PLACEHOLDER = 'https://unsubscribe.invalid/__RECIPIENT__';

/** Adds the unsubscribe paragraph (with the placeholder link) to a rendered bulk email. */
export function withUnsubscribeBlock(email: PreparedEmail, locale: Locale): PreparedEmail {
  const t = subscriptionT(locale);
  const paragraph =
    `<p style="font-size:12px;color:#52525b;text-align:center;margin:16px auto;max-width:600px;font-family:Arial,Helvetica,sans-serif" data-unsubscribe>` +
    `${escapeHtml(t('footer.text'))} <a href="${PLACEHOLDER}" style="color:#1d4ed8">${escapeHtml(t('footer.link'))}</a></p>`;
  const html = email.html.includes('</body>') ? email.html.replace(/<\/body>(?![\s\S]*<\/body>)/, `${paragraph}</body>`) : `${email.html}${paragraph}`;
  const text = `${email.text.trimEnd()}\n\n${t('footer.text')} ${t('footer.link')}: ${PLACEHOLDER}\n`;
  return { ...email, html, text };
}

/** The rendered email with this recipient's link in place of the placeholder, and the one-click headers. */
export function personalise(email: PreparedEmail, locale: Locale, address: string): PreparedEmail {
  const code = unsubscribeCode(address);
  const page = unsubscribePageLink(locale, code);
  return {
    ...withLinkInPlaceOf(email, PLACEHOLDER, page),
    headers: { ...(email.headers ?? {}), 'List-Unsubscribe': `<${unsubscribeApiLink(code)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

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
    const email = await prepareEmail(db, { priority: 'bulk', ...request(locale), to: '', locale });
    byLocale.set(locale, email.priority === emailPriorities.bulk ? withUnsubscribeBlock(email, locale) : email);
  }
  return recipients.map((r) => {
    const email = byLocale.get(r.locale)!;
    // Lower case, as the suppression list keeps addresses.
    const row = { ...email, toEmail: r.email.toLowerCase(), toUserId: r.userId, idempotencyKey: idempotencyKey(r) };
    return email.priority === emailPriorities.bulk ? personalise(row, r.locale, r.email) : row;
  });
}
