'use server';
// Register and cancel, as form actions for the meeting page's island and the portal; and the
// secretariat's registrations and attendance page. Attendance is a plain call (a tap on a phone
// at the door), not a form, so it can update the list at once.
import { getDb } from '@/db/client';
import { formAction, guardedAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { can } from '@/lib/auth/gate';
import { invalidate } from '@/lib/cache/invalidate';
import { hasPendingJoinRequest } from '@/lib/companies/queries';
import { meetingTags } from '@/lib/cache/tags';
import { colleagueRowsFrom } from '@/lib/attendees/party-schema';
import { registrationActions } from './action-declarations';
import { addRegistrationManually } from './add-registration-manually';
import { moveRegistration } from './move-registration';
import { setAttendance } from './set-attendance';
import { cancelRegistration } from './cancel-registration';
import { registerForMeeting } from './register-for-meeting';

const declared = registrationActions.actions;

export const registerAction = formAction(declared.registerAction, async (input, { user }, formData) => {
  // A company person registers on behalf of their company: the profile comes first. While a
  // request to join waits for approval, they register in their own name (no company).
  const db = await getDb();
  if (can(user, 'portal.use') && !user.companyId && !(await hasPendingJoinRequest(db, user.id))) {
    return { status: 'error', message: 'profileIncomplete' };
  }
  // The named colleagues (repeated fields, refused row by row next to their fields).
  const named = colleagueRowsFrom(formData);
  const registration = await registerForMeeting(db, user, { ...input, colleagues: named.length ? named : input.colleagues });
  invalidate(...meetingTags(registration.meetingSlug));
  return { status: 'success', message: registration.status === 'registered' ? 'registered' : 'waitlisted' };
});

export const cancelRegistrationAction = formAction(
  declared.cancelRegistrationAction,
  async ({ meetingId }, { user }) => {
    const result = await cancelRegistration(await getDb(), user, { meetingId });
    invalidate(...meetingTags(result.meetingSlug));
    return { status: 'success', message: 'cancelled' };
  },
);

// The secretariat's.
export const setAttendanceAction = guardedAction(
  declared.setAttendanceAction,
  async (input, { user }) => {
    const result = await setAttendance(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { status: result.registration.status };
  },
);

export const moveRegistrationAction = formAction(
  declared.moveRegistrationAction,
  async (input, { user }) => {
    const result = await moveRegistration(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: input.to === 'registered' ? 'movedToSeats' : 'movedToWaitlist' };
  },
);

export const addRegistrationAction = formAction(
  declared.addRegistrationAction,
  async (input, { user }) => {
    const result = await addRegistrationManually(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: result.registration.status === 'registered' ? 'addedToSeats' : 'addedToWaitlist' };
  },
);
