// Portal pages that act for a company send a person without one to the profile first, and
// back again afterwards.
import 'server-only';
import { getLocale } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/current-user';
import { redirect } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

export async function requireCompanyProfile(user: CurrentUser, returnTo: string) {
  if (user.companyId) return user.companyId;
  const locale = await getLocale();
  const next = `${locale === routing.defaultLocale ? '' : `/${locale}`}${returnTo}`;
  if (returnTo === '/portal') return redirect({ href: '/portal/profile', locale });
  return redirect({ href: { pathname: '/portal/profile', query: { next } }, locale });
}
