'use server';
// The secretariat's "send again" for a personal email the provider refused.
import { getDb } from '@/db/client';
import { afterAdminChange } from '@/lib/admin/after-change';
import { formAction } from '@/lib/actions/wrappers';
import { failedEmailActions } from './action-declarations';
import { retryFailedEmail } from './failed-emails';
import { drainOutboxAfterResponse } from './start-outbox-worker';

const declared = failedEmailActions.actions;

export const retryEmailAction = formAction(declared.retryEmailAction, async (input, { user }) => {
  await retryFailedEmail(await getDb(), user, input);
  drainOutboxAfterResponse();
  afterAdminChange();
  return { status: 'success', message: 'emailRetried' };
});
