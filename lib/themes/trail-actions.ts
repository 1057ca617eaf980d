'use server';
// The trail's actions: follow and unfollow a theme (the page stays cached; only the person's own
// follow changes, so nothing public is invalidated), and the secretariat's outcome.
import { getDb } from '@/db/client';
import { formAction, guardedAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { followTheme } from './follow-theme';
import { recordThemeOutcome } from './record-theme-outcome';
import { themeTrailActions } from './trail-action-declarations';
import { unfollowTheme } from './unfollow-theme';

const declared = themeTrailActions.actions;

export const followThemeAction = guardedAction(declared.followThemeAction, async ({ themeId }, { user }) =>
  followTheme(await getDb(), user, { themeId }),
);

export const unfollowThemeAction = guardedAction(declared.unfollowThemeAction, async ({ themeId }, { user }) =>
  unfollowTheme(await getDb(), user, { themeId }),
);

export const recordThemeOutcomeAction = formAction(declared.recordThemeOutcomeAction, async (input, { user }) => {
  const result = await recordThemeOutcome(await getDb(), user, input);
  afterAdminChange(...result.cacheTags);
  if (result.queuedEmails > 0) drainOutboxAfterResponse();
  return { status: 'success', message: result.changed ? 'themeOutcomeSaved' : 'themeOutcomeUnchanged' };
});
