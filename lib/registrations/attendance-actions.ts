'use server';
// Server actions for the registrations and attendance page. Attendance is a plain call (a
// tap on a phone at the door), not a form, so it can update the list at once.
import { getDb } from '@/db/client';
import { formAction, guardedAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { attendanceActions } from './action-declarations';
import { addRegistrationManually, moveRegistration, setAttendance } from './admin-registrations';

const declared = attendanceActions.actions;

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
