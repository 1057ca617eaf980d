'use server';
// Server actions for the registrations and attendance page. Attendance is a plain call (a
// tap on a phone at the door), not a form, so it can update the list at once.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { adminActionAccess as access } from '@/lib/admin/action-access';
import { optionalText, wholeNumber } from '@/lib/admin/form-fields';
import { formAction, guardedAction } from '@/lib/actions/wrappers';
import { emailAddressSchema } from '@/lib/auth/email-address';
import { cvrSchema } from '@/lib/companies/validation';
import { afterAdminChange } from '@/lib/admin/after-change';
import { MANUAL_REGISTRATION_MAX } from '@/lib/validation/limits';
import { addRegistrationManually, moveRegistration, setAttendance } from './admin-registrations';

export const setAttendanceAction = guardedAction(
  access.setAttendance,
  z.object({ registrationId: z.uuid(), attended: z.boolean() }),
  async (input, { user }) => {
    const result = await setAttendance(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { status: result.registration.status };
  },
);

export const moveRegistrationAction = formAction(
  access.moveRegistration,
  z.object({ registrationId: z.uuid(), to: z.enum(['registered', 'waitlisted']) }),
  async (input, { user }) => {
    const result = await moveRegistration(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: input.to === 'registered' ? 'movedToSeats' : 'movedToWaitlist' };
  },
);

export const addRegistrationAction = formAction(
  access.addRegistration,
  z.object({
    meetingId: z.uuid(),
    email: emailAddressSchema,
    name: optionalText(MANUAL_REGISTRATION_MAX.name),
    companyId: z
      .string()
      .optional()
      .transform((v) => v || null)
      .pipe(z.uuid().nullable()),
    // The form asks for the CVR number (a list of every company would not scale).
    companyCvr: z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), cvrSchema.nullable().optional()),
    colleagues: wholeNumber(0, 50),
    note: optionalText(MANUAL_REGISTRATION_MAX.note),
  }),
  async (input, { user }) => {
    const result = await addRegistrationManually(await getDb(), user, input);
    afterAdminChange(...result.cacheTags);
    return { status: 'success', message: result.registration.status === 'registered' ? 'addedToSeats' : 'addedToWaitlist' };
  },
);
