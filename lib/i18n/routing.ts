// Danish is the default and has no prefix (/meetings); English lives under /en (/en/meetings).
// Locale prefixes keep every public page cacheable: no cookie decides what a URL shows.
import { defineRouting } from 'next-intl/routing';

export const routing = defineRouting({
  locales: ['da', 'en'],
  defaultLocale: 'da',
  localePrefix: 'as-needed',
  localeDetection: false,
  // No cookie: the URL alone decides the language, so cached public pages set no cookies.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (routing.locales as readonly string[]).includes(value);
}
