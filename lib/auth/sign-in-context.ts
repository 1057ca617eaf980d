// Carries the visitor's language from the sign-in form to Auth.js's email callback, which
// runs inside the same server call but receives no locale of its own; and carries the rendered
// sign-in email from that callback to the adapter's createVerificationToken, so the token and
// its email are saved in one transaction (see sign-in-token.ts).
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@/lib/i18n/routing';
import type { PreparedEmail } from '@/lib/mail/send-email';

type SignInStore = { locale: Locale; email?: Promise<PreparedEmail> };

const storage = new AsyncLocalStorage<SignInStore>();

export function withSignInLocale<T>(locale: Locale, fn: () => Promise<T>): Promise<T> {
  return storage.run({ locale }, fn);
}

export function currentSignInLocale(): Locale | undefined {
  return storage.getStore()?.locale;
}

/** Leaves the email for the token's transaction. False outside a sign-in started by our form. */
export function handOverSignInEmail(email: Promise<PreparedEmail>): boolean {
  const store = storage.getStore();
  if (!store) return false;
  store.email = email;
  return true;
}

/** Takes the email handed over in this sign-in, if any (once). */
export function takeSignInEmail(): Promise<PreparedEmail> | undefined {
  const store = storage.getStore();
  const email = store?.email;
  if (store) store.email = undefined;
  return email;
}
