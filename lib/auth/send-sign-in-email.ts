// The magic-link email. It links to our own confirmation page, never straight to Auth.js's
// callback: mail scanners (Outlook Safe Links) open links with GET and would spend the token.
import 'server-only';
import { SignInEmail } from '@/emails/sign-in-email';
import { createHash } from 'node:crypto';
import { routing } from '@/lib/i18n/routing';
import { sendEmail } from '@/lib/mail/send-email';
import { currentSignInLocale } from './sign-in-context';

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

export async function sendSignInEmail({ email, url }: { email: string; url: string }) {
  const locale = currentSignInLocale() ?? routing.defaultLocale;
  const link = confirmationUrlFor(url, locale);
  await sendEmail({
    kind: 'sign-in',
    to: email,
    locale,
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
