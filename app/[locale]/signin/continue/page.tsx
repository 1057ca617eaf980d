import { redirect as nextRedirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getCurrentUser, landingPathFor } from '@/lib/auth/gate';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { redirect } from '@/lib/i18n/navigation';

// Where a fresh sign-in lands: back where the person was, or the area of their role.
export default async function ContinueAfterSignIn({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const locale = await getLocale();
  const user = await getCurrentUser();
  if (!user) return redirect({ href: '/signin', locale });
  const next = safeReturnPath((await searchParams).next);
  if (next) nextRedirect(next);
  return redirect({ href: landingPathFor(user), locale });
}
