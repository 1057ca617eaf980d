'use server';
// The proposer's theme forms: propose, edit and withdraw while submitted.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { formAction } from '@/lib/auth/action';
import { redirect } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import { proposeTheme, updateProposedTheme, withdrawProposedTheme } from './propose-theme';
import { themeEditSchema, themeIdSchema, themeProposalSchema } from './validation';

const locale = { locale: z.enum(routing.locales).catch(routing.defaultLocale) };

// Submitted themes are not public, so no public cache changes until a moderator decides.
export const proposeThemeAction = formAction('portal.use', themeProposalSchema.extend(locale), async (input, { user }) => {
  await proposeTheme(await getDb(), user, input);
  redirect({ href: { pathname: '/portal', query: { notice: 'themeProposed' } }, locale: input.locale });
});

export const updateThemeAction = formAction('portal.use', themeEditSchema.extend(locale), async (input, { user }) => {
  await updateProposedTheme(await getDb(), user, input.themeId, input);
  redirect({ href: { pathname: '/portal', query: { notice: 'themeUpdated' } }, locale: input.locale });
});

export const withdrawThemeAction = formAction(
  'portal.use',
  themeIdSchema.extend({ ...locale, confirmed: z.literal('yes', { message: 'required' }) }),
  async (input, { user }) => {
    await withdrawProposedTheme(await getDb(), user, input.themeId);
    redirect({ href: { pathname: '/portal', query: { notice: 'themeWithdrawn' } }, locale: input.locale });
  },
);
