'use server';
// The proposer's theme forms: propose, edit and withdraw while submitted.
import { getDb } from '@/db/client';
import { formAction } from '@/lib/actions/wrappers';
import { redirect } from '@/lib/i18n/navigation';
import { proposalActions } from './action-declarations';
import { proposeTheme, updateProposedTheme, withdrawProposedTheme } from './propose-theme';

const declared = proposalActions.actions;

// Submitted themes are not public, so no public cache changes until a moderator decides.
export const proposeThemeAction = formAction(declared.proposeThemeAction, async (input, { user }) => {
  await proposeTheme(await getDb(), user, input);
  redirect({ href: { pathname: '/portal', query: { notice: 'themeProposed' } }, locale: input.locale });
});

export const updateThemeAction = formAction(declared.updateThemeAction, async (input, { user }) => {
  await updateProposedTheme(await getDb(), user, input.themeId, input);
  redirect({ href: { pathname: '/portal', query: { notice: 'themeUpdated' } }, locale: input.locale });
});

export const withdrawThemeAction = formAction(
  declared.withdrawThemeAction,
  async (input, { user }) => {
    await withdrawProposedTheme(await getDb(), user, input.themeId);
    redirect({ href: { pathname: '/portal', query: { notice: 'themeWithdrawn' } }, locale: input.locale });
  },
);
