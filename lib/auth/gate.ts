// The one authorization gate. Pages, layouts, server actions and route handlers all ask here;
// no other module compares roles. Layouts only redirect for comfort: every page and action
// calls the gate itself, because layouts do not re-run on client navigation.
import 'server-only';
import { headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { redirect } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { getCurrentUser, type CurrentUser } from './current-user';
import { decide, type Access } from './access';
import { homePathFor } from './permissions';
import { REQUESTED_PATH_HEADER } from './requested-path';
import { safeReturnPath } from './safe-return-path';

export type { CurrentUser } from './current-user';
export { getCurrentUser } from './current-user';
export { can, decide, type Access, type AccessDecision } from './access';

/**
 * For pages: returns the user, or sends a signed-out visitor to sign in (and back afterwards to
 * the page they asked for, or to `returnTo` when the proxy did not name it), or shows the
 * "no access" page.
 */
export async function requirePageAccess(access: Exclude<Access, 'public'>, returnTo: string) {
  const user = await getCurrentUser();
  const decision = decide(user, access);
  if (decision === 'signed-out') {
    const locale = await getLocale();
    const requested = safeReturnPath((await headers()).get(REQUESTED_PATH_HEADER));
    const fallback = locale === routing.defaultLocale ? returnTo : `/${locale}${returnTo}`;
    return redirect({ href: { pathname: '/signin', query: { callbackUrl: requested ?? fallback } }, locale });
  }
  if (decision === 'forbidden') forbidden();
  return user as CurrentUser;
}

export function landingPathFor(user: CurrentUser) {
  return homePathFor(user.role);
}
