// Absolute links to our own pages for emails, in the recipient's language (Danish has no prefix).
// The one place a site URL is built: every email that links back imports this.
import { getEnv } from '@/lib/env';
import { routing, type Locale } from '@/lib/i18n/routing';

export function siteLink(locale: Locale, path: string): string {
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  return new URL(`${prefix}${path}`, getEnv().SITE_URL).toString();
}
