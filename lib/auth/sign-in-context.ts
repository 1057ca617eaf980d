// Carries the visitor's language from the sign-in form to Auth.js's email callback, which
// runs inside the same server call but receives no locale of its own.
import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Locale } from '@/lib/i18n/routing';

const storage = new AsyncLocalStorage<{ locale: Locale }>();

export function withSignInLocale<T>(locale: Locale, fn: () => Promise<T>): Promise<T> {
  return storage.run({ locale }, fn);
}

export function currentSignInLocale(): Locale | undefined {
  return storage.getStore()?.locale;
}
