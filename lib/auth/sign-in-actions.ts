'use server';
// Sign-in and sign-out, as server actions built with the gate's wrappers.
import { headers } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { redirect } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { formAction } from './action';
import { signIn, signOut } from './config';
import { emailAddressSchema } from './email-address';
import { allowSignInAttempt, purgeExpiredSignInData } from './rate-limit';
import { isDeactivated } from './roles-on-sign-in';
import { safeReturnPath } from './safe-return-path';
import { clearSignedInHintCookie } from './clear-signed-in-hint';
import { withSignInLocale } from './sign-in-context';
import { logger } from '@/lib/log/logger';

const signInSchema = z.object({
  email: emailAddressSchema,
  callbackUrl: z.string().optional(),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});

// The last X-Forwarded-For entry is the one our own proxy appended (next start adds the socket
// address when there is none); earlier entries are whatever the client chose to send.
async function clientKey() {
  const h = await headers();
  return h.get('x-forwarded-for')?.split(',').at(-1)?.trim() || h.get('x-real-ip') || 'direct';
}

export const requestSignInLink = formAction('public', signInSchema, async ({ email, callbackUrl, locale }) => {
  const db = await getDb();
  await purgeExpiredSignInData(db);
  if (!(await allowSignInAttempt(db, { email, client: await clientKey() }))) {
    return { status: 'error', message: 'rateLimited' };
  }
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  // A deactivated account gets exactly the answer every other address gets, and no email: not
  // an error inviting a retry, which would tell it apart (and Auth.js would refuse it anyway).
  if (await isDeactivated(db, email)) redirect({ href: '/signin/check-email', locale });
  const next = safeReturnPath(callbackUrl);
  const continueTo = `${prefix}/signin/continue${next ? `?next=${encodeURIComponent(next)}` : ''}`;
  let result: unknown;
  try {
    result = await withSignInLocale(locale, () => signIn('resend', { email, redirect: false, redirectTo: continueTo }));
  } catch (error) {
    logger.error({ event: 'auth.sign_in_email_failed', err: error }, 'sign-in email failed');
    return { status: 'error', message: 'failed' };
  }
  // (A deactivated account was sent on above; AccessDenied here means the same.)
  if (typeof result === 'string' && /[?&]error=/.test(result) && !/error=AccessDenied/.test(result)) {
    return { status: 'error', message: 'failed' };
  }
  redirect({ href: '/signin/check-email', locale });
});

export const signOutAction = formAction('public', z.object({ locale: z.enum(routing.locales).catch('da') }), async ({ locale }) => {
  await clearSignedInHintCookie();
  await signOut({ redirectTo: locale === routing.defaultLocale ? '/' : `/${locale}` });
});
