'use server';
// Server actions for meetings: save (create or edit) and status changes.
import { getDb } from '@/db/client';
import { idsFrom } from '@/lib/actions/form-fields';
import { formAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { redirect } from '@/lib/i18n/navigation';
import { drainOutboxAfterResponse } from '@/lib/mail/start-outbox-worker';
import { meetingActions } from './action-declarations';
import { createMeeting } from './create-meeting';
import { updateMeeting } from './update-meeting';
import { changeMeetingStatus } from './change-meeting-status';

const declared = meetingActions.actions;

export const saveMeetingAction = formAction(declared.saveMeetingAction, async (input, { user }, formData) => {
  const db = await getDb();
  const { meetingId, version, locale, ...fields } = input;
  const data = { ...fields, themeIds: idsFrom(formData, 'themeIds') };
  if (!meetingId) {
    const { meeting, cacheTags } = await createMeeting(db, user, data);
    afterAdminChange(...cacheTags);
    // A new meeting continues on its own page, where the agenda is built next.
    redirect({ href: `/admin/meetings/${meeting.id}?created=1`, locale });
    return;
  }
  const { meeting, cacheTags, queuedEmails } = await updateMeeting(db, user, { ...data, meetingId, version: version ?? 0 });
  afterAdminChange(...cacheTags);
  // Notices of a new time or place (or of themes put on or taken off) go out once the admin has their answer.
  if (queuedEmails > 0) drainOutboxAfterResponse();
  return { status: 'success', message: 'meetingSaved', data: { version: meeting.version, slug: meeting.slug } };
});

export const changeMeetingStatusAction = formAction(
  declared.changeMeetingStatusAction,
  async (input, { user }) => {
    const result = await changeMeetingStatus(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    // The cancellation emails (or the publication's theme notices) are queued; they go out once the admin has their answer.
    if (result.queuedEmails > 0) drainOutboxAfterResponse();
    const message = result.recordedAsHeld ? 'meeting_publishHeld' : `meeting_${input.change}`;
    return { status: 'success', message, data: { version: result.meeting.version, notified: result.notified } };
  },
);
