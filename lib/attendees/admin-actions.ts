'use server';
// The secretariat's attendee actions for the registrations list: plain calls (a tap on a phone
// at the door), so the list can show the result at once.
import { getDb } from '@/db/client';
import { guardedAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { attendeeAdminActions } from './admin-action-declarations';
import { markAttendeePresent } from './mark-attendee-present';
import { removeAttendee } from './remove-attendee';

const declared = attendeeAdminActions.actions;

export const markAttendeePresentAction = guardedAction(declared.markAttendeePresentAction, async (input, { user }) => {
  const result = await markAttendeePresent(await getDb(), user, input);
  afterAdminChange(...result.cacheTags);
  return { checkedIn: Boolean(result.attendee.checkedInAt) };
});

export const removeAttendeeAction = guardedAction(declared.removeAttendeeAction, async (input, { user }) => {
  const result = await removeAttendee(await getDb(), user, input);
  afterAdminChange(...result.cacheTags);
  return { registrationCancelled: result.registrationCancelled, promoted: result.promotedRegistrationIds.length };
});
