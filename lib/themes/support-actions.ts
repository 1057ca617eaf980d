'use server';
// Supporting an accepted theme on behalf of one's company, and taking the support back.
import { getDb } from '@/db/client';
import { guardedAction } from '@/lib/actions/wrappers';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { supportTheme, withdrawSupport } from './supports';
import { themeIdSchema } from './validation';

export const supportThemeAction = guardedAction('portal.use', themeIdSchema, async ({ themeId }, { user }) => {
  await supportTheme(await getDb(), user, themeId);
  invalidate(cacheTags.themes);
  return { supported: true };
});

export const withdrawSupportAction = guardedAction('portal.use', themeIdSchema, async ({ themeId }, { user }) => {
  await withdrawSupport(await getDb(), user, themeId);
  invalidate(cacheTags.themes);
  return { supported: false };
});
