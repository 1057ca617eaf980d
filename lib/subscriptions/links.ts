// Links that work without signing in: confirm a subscription, unsubscribe. Each carries a signed
// code (lib/security/signed-token.ts) naming its purpose and the address.
import 'server-only';
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/routing';
import { siteLink } from '@/lib/mail/site-link';
import { readCode, signCode } from '@/lib/security/signed-token';
import { confirmSubject, readConfirmSubject } from './rules';

const CONFIRM = 'subscription-confirm';
const UNSUBSCRIBE = 'unsubscribe';

export const confirmCode = (email: string, issuedAt: Date) => signCode(CONFIRM, confirmSubject(email, issuedAt));

/** The address a confirm code is for, or null (forged, for another purpose, or expired). */
export const readConfirmCode = (code: string | null | undefined, now: Date) => readConfirmSubject(readCode(CONFIRM, code), now);

export const confirmLink = (locale: Locale, email: string, issuedAt: Date) =>
  siteLink(locale, `/subscribe/confirm?code=${encodeURIComponent(confirmCode(email, issuedAt))}`);

export const unsubscribeCode = (email: string) => signCode(UNSUBSCRIBE, email.toLowerCase());

/** The address an unsubscribe code is for, or null when it is forged or for another purpose. */
export const readUnsubscribeCode = (code: string | null | undefined) => readCode(UNSUBSCRIBE, code);

/** The page with the button (shown in the email). */
export const unsubscribePageLink = (locale: Locale, code: string) => siteLink(locale, `/unsubscribe?code=${encodeURIComponent(code)}`);

/** RFC 8058 one-click target (List-Unsubscribe header): the mail provider POSTs here. */
export const unsubscribeApiLink = (code: string) =>
  new URL(`/api/unsubscribe?code=${encodeURIComponent(code)}`, getEnv().SITE_URL).toString();
