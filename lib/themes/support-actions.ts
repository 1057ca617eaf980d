'use server';
// Supporting an accepted theme on behalf of one's company, and taking the support back.
import { getDb } from '@/db/client';
import { guardedAction } from '@/lib/actions/wrappers';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { supportActions } from './action-declarations';
import { supportTheme, withdrawSupport } from './supports';

const declared = supportActions.actions;

export const supportThemeAction = guardedAction(declared.supportThemeAction, async ({ themeId }, { user }) => {
  await supportTheme(await getDb(), user, themeId);
  invalidate(cacheTags.themes);
  return { supported: true };
});

export const withdrawSupportAction = guardedAction(declared.withdrawSupportAction, async ({ themeId }, { user }) => {
  await withdrawSupport(await getDb(), user, themeId);
  invalidate(cacheTags.themes);
  return { supported: false };
});
