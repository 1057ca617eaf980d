'use server';
// Server actions of theme moderation: thin wrappers that validate, gate, call the domain
// function and invalidate the public pages it changed.
import { getDb } from '@/db/client';
import { idsFrom } from '@/lib/actions/form-fields';
import { formAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { moderationActions } from './action-declarations';
import { decideTheme, decideThemes, mergeTheme } from './moderation';
import { editThemeWording } from './edit-wording';
import { scheduleTheme } from './scheduling';

const declared = moderationActions.actions;

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
