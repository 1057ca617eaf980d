'use server';
// Deleting one's own account, after an explicit confirmation.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { formAction } from '@/lib/auth/action';
import { signOut } from '@/lib/auth/config';
import { clearSignedInHintCookie } from '@/lib/auth/clear-signed-in-hint';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { redirect } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { deleteMyAccount } from './delete-my-account';

const deleteSchema = z.object({
  // The confirmation step: the form only carries this once the person has confirmed.
  confirmed: z.literal('yes', { message: 'required' }),
  locale: z.enum(routing.locales).catch(routing.defaultLocale),
});

export const deleteAccountAction = formAction('portal.use', deleteSchema, async ({ locale }, { user }) => {
  const result = await deleteMyAccount(await getDb(), user);
  invalidate(cacheTags.meetings, ...result.meetingSlugs.map(cacheTags.meeting));
  // The session row went with the user; this clears the cookie too.
  await signOut({ redirect: false });
  await clearSignedInHintCookie();
  redirect({ href: '/account-deleted', locale });
});
