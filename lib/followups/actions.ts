'use server';
// The follow-up forms' server actions: gate, validate, call the domain function, refresh what
// changed. The dispatch worker starts once the response is sent.
import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import { formAction } from '@/lib/actions/wrappers';
import type { FormState } from '@/lib/actions/form-state';
import type { CurrentUser } from '@/lib/auth/gate';
import { invalidate } from '@/lib/cache/invalidate';
import { cacheTags } from '@/lib/cache/tags';
import { readDeliveryProgress, retryFailedDeliveries } from '@/lib/mail/outbox-progress';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { followupActions } from './action-declarations';
import { approveBriefing } from './approve-briefing';
import { requestBriefingApproval } from './request-briefing-approval';
import { returnBriefing } from './return-briefing';
import { dispatchBriefing } from './dispatch-briefing';
import { dispatchParticipantEmail } from './dispatch-participant-email';
import { publishArticle } from './publish-article';
import { saveFollowupDraft } from './save-followup-draft';
import { sendParticipantEmailTest } from './send-participant-email-test';
import { unpublishArticle } from './unpublish-article';

const declared = followupActions.actions;

const actorOf = (user: CurrentUser) => ({ id: user.id, email: user.email });

function requireConfirmation(confirmed: string | undefined) {
  if (confirmed !== 'yes') throw new ActionError('confirmRequired');
}

export const briefingAction = formAction(declared.briefingAction, async (data, { user }): Promise<FormState> => {
  const db = await getDb();
  if (data.intent === 'save') {
    await saveFollowupDraft(db, actorOf(user), { ...data, kind: 'briefing' });
    refresh();
    return { status: 'success', message: 'saved' };
  }
  if (data.intent === 'requestApproval') {
    await requestBriefingApproval(db, actorOf(user), data);
    drainOutboxAfterResponse();
    refresh();
    return { status: 'success', message: 'approvalRequested' };
  }
  requireConfirmation(data.confirmed);
  const { notices } = await dispatchBriefing(db, actorOf(user), data);
  // The themes' pages show the briefing as a step of their trail.
  invalidate(cacheTags.themes);
  drainOutboxAfterResponse();
  refresh();
  return { status: 'success', message: 'briefingDispatched', data: { count: notices } };
});

export const approveBriefingAction = formAction(declared.approveBriefingAction, async (data, { user }): Promise<FormState> => {
  await approveBriefing(await getDb(), actorOf(user), data);
  drainOutboxAfterResponse();
  refresh();
  return { status: 'success', message: 'approved' };
});

export const returnBriefingAction = formAction(declared.returnBriefingAction, async (data, { user }): Promise<FormState> => {
  await returnBriefing(await getDb(), actorOf(user), data);
  drainOutboxAfterResponse();
  refresh();
  return { status: 'success', message: 'returned' };
});

export const participantEmailAction = formAction(declared.participantEmailAction, async (data, { user }): Promise<FormState> => {
  const db = await getDb();
  if (data.intent === 'save') {
    await saveFollowupDraft(db, actorOf(user), { ...data, kind: 'participant_email' });
    refresh();
    return { status: 'success', message: 'saved' };
  }
  if (data.intent === 'test') {
    await sendParticipantEmailTest(db, { ...actorOf(user), locale: user.locale }, data);
    refresh();
    return { status: 'success', message: 'testSent', data: { email: user.email } };
  }
  requireConfirmation(data.confirmed);
  const { recipients } = await dispatchParticipantEmail(db, actorOf(user), data);
  drainOutboxAfterResponse();
  refresh();
  return { status: 'success', message: 'emailDispatched', data: { count: recipients } };
});

export const articleAction = formAction(declared.articleAction, async (data, { user }): Promise<FormState> => {
  const db = await getDb();
  if (data.intent === 'save') {
    await saveFollowupDraft(db, actorOf(user), { ...data, kind: 'article' });
    // A published article is corrected in place: the public pages must show the new text.
    invalidate(cacheTags.articles);
    refresh();
    return { status: 'success', message: 'saved' };
  }
  requireConfirmation(data.confirmed);
  const { meetingSlug } = await publishArticle(db, actorOf(user), data);
  invalidate(cacheTags.articles, cacheTags.meeting(meetingSlug));
  refresh();
  return { status: 'success', message: 'published' };
});

export const unpublishArticleAction = formAction(declared.unpublishArticleAction, async (data, { user }): Promise<FormState> => {
  const { meetingSlug } = await unpublishArticle(await getDb(), actorOf(user), data);
  invalidate(cacheTags.articles, cacheTags.meeting(meetingSlug));
  refresh();
  return { status: 'success', message: 'unpublished' };
});

export const retryFailedAction = formAction(declared.retryFailedAction, async (data, { user }): Promise<FormState> => {
  const db = await getDb();
  const count = await retryFailedDeliveries(db, actorOf(user), data.followupId);
  if (count > 0) drainOutboxAfterResponse();
  refresh();
  return { status: 'success', message: 'retrying', data: { count, progress: await readDeliveryProgress(db, data.followupId) } };
});
