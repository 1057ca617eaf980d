'use server';
// The theme actions: the proposer's forms (propose, edit, withdraw while submitted), support on
// behalf of one's company, and moderation. Thin wrappers that validate, gate, call the domain
// command and invalidate the public pages it changed.
import { getDb } from '@/db/client';
import { idsFrom } from '@/lib/actions/form-fields';
import { formAction, guardedAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { redirect } from '@/lib/i18n/navigation';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { themeActions } from './action-declarations';
import { editThemeWording } from './edit-theme-wording';
import { decideTheme } from './decide-theme';
import { decideThemes } from './decide-themes';
import { mergeTheme } from './merge-theme';
import { proposeTheme } from './propose-theme';
import { scheduleTheme } from './schedule-theme';
import { supportTheme } from './support-theme';
import { updateProposedTheme } from './update-proposed-theme';
import { withdrawProposedTheme } from './withdraw-proposed-theme';
import { withdrawSupport } from './withdraw-support';

const declared = themeActions.actions;

// Submitted themes are not public, so no public cache changes until a moderator decides.
export const proposeThemeAction = formAction(declared.proposeThemeAction, async (input, { user }) => {
  await proposeTheme(await getDb(), user, input);
  redirect({ href: { pathname: '/portal', query: { notice: 'themeProposed' } }, locale: input.locale });
});

export const updateThemeAction = formAction(declared.updateThemeAction, async (input, { user }) => {
  await updateProposedTheme(await getDb(), user, input);
  redirect({ href: { pathname: '/portal', query: { notice: 'themeUpdated' } }, locale: input.locale });
});

export const withdrawThemeAction = formAction(
  declared.withdrawThemeAction,
  async (input, { user }) => {
    await withdrawProposedTheme(await getDb(), user, input);
    redirect({ href: { pathname: '/portal', query: { notice: 'themeWithdrawn' } }, locale: input.locale });
  },
);

// Supporting an accepted theme on behalf of one's company, and taking the support back.
export const supportThemeAction = guardedAction(declared.supportThemeAction, async ({ themeId }, { user }) => {
  await supportTheme(await getDb(), user, { themeId });
  invalidate(cacheTags.themes);
  return { supported: true };
});

export const withdrawSupportAction = guardedAction(declared.withdrawSupportAction, async ({ themeId }, { user }) => {
  await withdrawSupport(await getDb(), user, { themeId });
  invalidate(cacheTags.themes);
  return { supported: false };
});

// Moderation.
/** The proposer's email is queued with the decision; the worker sends it after the response. */
function afterModeration(result: { cacheTags: string[]; queuedEmails: number }) {
  afterAdminChange(...result.cacheTags);
  if (result.queuedEmails > 0) drainOutboxAfterResponse();
}

export const decideThemeAction = formAction(
  declared.decideThemeAction,
  async (input, { user }) => {
    const result = await decideTheme(await getDb(), user, input);
    afterModeration(result);
    return { status: 'success', message: input.decision === 'accept' ? 'themeAccepted' : 'themeRejected' };
  },
);

export const decideThemesAction = formAction(
  declared.decideThemesAction,
  async (input, { user }, formData) => {
    const themeIds = idsFrom(formData, 'themeIds');
    if (!themeIds.length) return { status: 'error', message: 'noneSelected' };
    const result = await decideThemes(await getDb(), user, { ...input, themeIds });
    afterModeration(result);
    return { status: 'success', message: input.decision === 'accept' ? 'themesAccepted' : 'themesRejected', data: { count: result.themeIds.length, skipped: result.skipped.length } };
  },
);

export const mergeThemeAction = formAction(
  declared.mergeThemeAction,
  async ({ confirmed, ...input }, { user }) => {
    if (confirmed !== 'yes') return { status: 'error', message: 'confirmRequired' };
    const result = await mergeTheme(await getDb(), user, input);
    afterModeration(result);
    return { status: 'success', message: 'themeMerged' };
  },
);

export const scheduleThemeAction = formAction(
  declared.scheduleThemeAction,
  async (input, { user }, formData) => {
    const result = await scheduleTheme(await getDb(), user, { ...input, meetingIds: idsFrom(formData, 'meetingIds') });
    afterModeration(result);
    return { status: 'success', message: 'themeScheduled' };
  },
);

export const editThemeWordingAction = formAction(
  declared.editThemeWordingAction,
  async (input, { user }) => {
    const result = await editThemeWording(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: result.changed ? 'themeWordingSaved' : 'themeWordingUnchanged' };
  },
);
