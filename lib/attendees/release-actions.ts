'use server';
// The release link's confirming button: gate (public), validate, release, refresh the meeting's
// cached pages (a seat is free) and send the emails it queued once the answer has gone.
import { getDb } from '@/db/client';
import type { FormState } from '@/lib/actions/form-state';
import { formAction } from '@/lib/actions/wrappers';
import { invalidate } from '@/lib/cache/invalidate';
import { meetingTags } from '@/lib/cache/tags';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { releaseSeatActions } from './release-action-declarations';
import { releaseSeatByLink } from './release-seat-by-link';

const declared = releaseSeatActions.actions;

export const releaseSeatByLinkAction = formAction(declared.releaseSeatByLinkAction, async (data): Promise<FormState> => {
  const result = await releaseSeatByLink(await getDb(), data);
  invalidate(...meetingTags(result.meetingSlug));
  drainOutboxAfterResponse();
  return { status: 'success', message: 'released' };
});
