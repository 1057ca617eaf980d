'use server';
// Server actions of theme moderation: thin wrappers that validate, gate, call the domain
// function and invalidate the public pages it changed.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { adminActionAccess as access } from '@/lib/admin/action-access';
import { idsFrom, optionalText, wholeNumber } from '@/lib/admin/form-fields';
import { formAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { MODERATOR_ANSWER_MAX } from '@/lib/validation/limits';
import { decideTheme, decideThemes, mergeTheme } from './moderation';
import { editThemeWording } from './edit-wording';
import { THEME_DESCRIPTION, THEME_TITLE } from './limits';
import { scheduleTheme } from './scheduling';

const version = wholeNumber(1, 2_147_483_647);

/** The proposer's email is queued with the decision; the worker sends it after the response. */
function afterModeration(result: { cacheTags: string[]; queuedEmails: number }) {
  afterAdminChange(...result.cacheTags);
  if (result.queuedEmails > 0) drainOutboxAfterResponse();
}

export const decideThemeAction = formAction(
  access.decideTheme,
  z.object({ themeId: z.uuid(), version, decision: z.enum(['accept', 'reject']), answer: optionalText(MODERATOR_ANSWER_MAX) }),
  async (input, { user }) => {
    const result = await decideTheme(await getDb(), user, input);
    afterModeration(result);
    return { status: 'success', message: input.decision === 'accept' ? 'themeAccepted' : 'themeRejected' };
  },
);

export const decideThemesAction = formAction(
  access.decideThemes,
  z.object({ decision: z.enum(['accept', 'reject']), answer: optionalText(MODERATOR_ANSWER_MAX) }),
  async (input, { user }, formData) => {
    const themeIds = idsFrom(formData, 'themeIds');
    if (!themeIds.length) return { status: 'error', message: 'noneSelected' };
    const result = await decideThemes(await getDb(), user, { ...input, themeIds });
    afterModeration(result);
    return { status: 'success', message: input.decision === 'accept' ? 'themesAccepted' : 'themesRejected', data: { count: result.themeIds.length, skipped: result.skipped.length } };
  },
);

export const mergeThemeAction = formAction(
  access.mergeTheme,
  z.object({
    themeId: z.uuid(),
    version,
    targetId: z.uuid({ message: 'choice' }),
    answer: optionalText(MODERATOR_ANSWER_MAX),
    // Set only by the form's confirmation step: a merge closes the theme for good.
    confirmed: z.literal('yes').optional(),
  }),
  async ({ confirmed, ...input }, { user }) => {
    if (confirmed !== 'yes') return { status: 'error', message: 'confirmRequired' };
    const result = await mergeTheme(await getDb(), user, input);
    afterModeration(result);
    return { status: 'success', message: 'themeMerged' };
  },
);

export const scheduleThemeAction = formAction(
  access.scheduleTheme,
  z.object({ themeId: z.uuid(), version }),
  async (input, { user }, formData) => {
    const result = await scheduleTheme(await getDb(), user, { ...input, meetingIds: idsFrom(formData, 'meetingIds') });
    afterModeration(result);
    return { status: 'success', message: 'themeScheduled' };
  },
);

export const editThemeWordingAction = formAction(
  access.editThemeWording,
  z.object({
    themeId: z.uuid(),
    version,
    title: z.string().trim().min(THEME_TITLE.min).max(THEME_TITLE.max),
    description: z.string().trim().min(THEME_DESCRIPTION.min).max(THEME_DESCRIPTION.max),
  }),
  async (input, { user }) => {
    const result = await editThemeWording(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: result.changed ? 'themeWordingSaved' : 'themeWordingUnchanged' };
  },
);
