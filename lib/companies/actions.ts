'use server';
// The profile form of the portal: the person and their company.
import { redirect as nextRedirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { formAction } from '@/lib/auth/action';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { redirect } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { saveCompanyProfile } from './save-profile';
import { profileSchema } from './validation';
import { z } from 'zod';

const schema = profileSchema.extend({ locale: z.enum(routing.locales).catch(routing.defaultLocale) });

export const saveProfileAction = formAction('portal.use', schema, async (input, { user }) => {
  const firstTime = !user.companyId;
  const result = await saveCompanyProfile(await getDb(), user, input);
  if (!firstTime) return { status: 'success', message: 'saved' };
  // First time: back to where the person was going (e.g. a meeting to register for).
  const next = safeReturnPath(input.next);
  if (next) nextRedirect(next);
  redirect({ href: { pathname: '/portal', query: { notice: result.outcome === 'joined' ? 'profileJoined' : 'profileCreated' } }, locale: input.locale });
});
