'use server';
// Deleting one's own account, after an explicit confirmation.
import { getDb } from '@/db/client';
import { formAction } from '@/lib/actions/wrappers';
import { signOut } from '@/lib/auth/config';
import { clearSignedInHintCookie } from '@/lib/auth/clear-signed-in-hint';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { redirect } from '@/lib/i18n/navigation';
import { accountActions } from './action-declarations';
import { deleteMyAccount } from './delete-my-account';

const declared = accountActions.actions;

export const deleteAccountAction = formAction(declared.deleteAccountAction, async ({ locale }, { user }) => {
  const result = await deleteMyAccount(await getDb(), user);
  invalidate(cacheTags.meetings, ...result.meetingSlugs.map(cacheTags.meeting));
  // The session row went with the user; this clears the cookie too.
  await signOut({ redirect: false });
  await clearSignedInHintCookie();
  redirect({ href: '/account-deleted', locale });
});
