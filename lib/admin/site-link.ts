// Absolute links to the site for emails, in the recipient's language (Danish has no prefix).
import { getEnv } from '@/lib/env';
import { routing, type Locale } from '@/lib/i18n/routing';

export function siteLink(locale: Locale, path: string): string {
  const prefix = locale === routing.defaultLocale ? '' : `/${locale}`;
  return new URL(`${prefix}${path}`, getEnv().SITE_URL).toString();
}
