'use server';
// The secretariat's "send again" for a personal email the provider refused.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { adminActionAccess as access } from '@/lib/admin/action-access';
import { afterAdminChange } from '@/lib/admin/after-change';
import { formAction } from '@/lib/actions/wrappers';
import { retryFailedEmail } from './failed-emails';
import { drainOutboxAfterResponse } from './start-outbox-worker';

export const retryEmailAction = formAction(access.retryEmail, z.object({ emailId: z.uuid() }), async (input, { user }) => {
  await retryFailedEmail(await getDb(), user, input);
  drainOutboxAfterResponse();
  afterAdminChange();
  return { status: 'success', message: 'emailRetried' };
});
