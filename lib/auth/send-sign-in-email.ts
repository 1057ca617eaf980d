// The magic-link email. It links to our own confirmation page, never straight to Auth.js's
// callback: mail scanners (Outlook Safe Links) open links with GET and would spend the token.
// It is never sent from here: Auth.js calls this and createVerificationToken side by side, so the
// rendered email is handed to the token's transaction (sign-in-token.ts) and queued there with
// the highest priority; the outbox worker, woken after that commit, delivers it.
import 'server-only';
import { SignInEmail } from '@/emails/sign-in-email';
import { createHash } from 'node:crypto';
import { getDb } from '@/db/client';
import { routing } from '@/lib/i18n/routing';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { prepareEmail } from '@/lib/mail/send-email';
import { currentSignInLocale, handOverSignInEmail } from './sign-in-context';

export function confirmationUrlFor(callbackUrl: string, locale: string): string {
  const auth = new URL(callbackUrl);
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  const confirm = new URL(`${prefix}/signin/confirm`, auth.origin);
  for (const key of ['token', 'email', 'callbackUrl']) {
    const value = auth.searchParams.get(key);
    if (value) confirm.searchParams.set(key, value);
  }
  return confirm.toString();
}

export async function renderSignInEmail({ email, url }: { email: string; url: string }) {
  const locale = currentSignInLocale() ?? routing.defaultLocale;
  const link = confirmationUrlFor(url, locale);
  return prepareEmail(await getDb(), {
    kind: 'sign-in',
    to: email,
    locale,
    priority: 'sign-in',
    render: (t, footer) => ({
      subject: t('signIn.subject'),
      element: SignInEmail({ url: link, t, footer, lang: locale }),
    }),
    // The token is single-use, so its hash makes a natural idempotency key.
    idempotencyKey: `sign-in:${createHash('sha256').update(url).digest('hex')}`,
    // The stored copy is cleared once a real provider has it: the link is a credential.
    sensitive: true,
  });
}

/** Auth.js's sendVerificationRequest. Must hand the email over before its first await. */
export function sendSignInEmail(params: { email: string; url: string }): Promise<void> {
  const rendered = renderSignInEmail(params);
  if (handOverSignInEmail(rendered)) return rendered.then(() => undefined);
  // Not started by our sign-in form: queue it on its own.
  return rendered.then(async (row) => {
    await queueEmails(await getDb(), [row]);
    wakeOutboxWorker();
  });
}
