'use server';
// Register and cancel, as form actions for the meeting page's island and the portal.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { formAction } from '@/lib/auth/action';
import { can } from '@/lib/auth/gate';
import { invalidate } from '@/lib/cache/invalidate';
import { hasPendingJoinRequest } from '@/lib/companies/queries';
import { cacheTags } from '@/lib/cache/tags';
import { cancelRegistration } from './cancel-registration';
import { registerForMeeting } from './register-for-meeting';
import { cancelSchema, registerSchema } from './validation';

export const registerAction = formAction('meeting.register', registerSchema, async (input, { user }) => {
  // A company person registers on behalf of their company: the profile comes first. While a
  // request to join waits for approval, they register in their own name (no company).
  const db = await getDb();
  if (can(user, 'portal.use') && !user.companyId && !(await hasPendingJoinRequest(db, user.id))) {
    return { status: 'error', message: 'profileIncomplete' };
  }
  const registration = await registerForMeeting(db, user, input);
  invalidate(cacheTags.meetings, cacheTags.meeting(registration.meetingSlug));
  return { status: 'success', message: registration.status === 'registered' ? 'registered' : 'waitlisted' };
});

export const cancelRegistrationAction = formAction(
  'meeting.register',
  cancelSchema.extend({ confirmed: z.literal('yes') }),
  async ({ meetingId }, { user }) => {
    const result = await cancelRegistration(await getDb(), user, { meetingId });
    invalidate(cacheTags.meetings, cacheTags.meeting(result.meetingSlug));
    return { status: 'success', message: 'cancelled' };
  },
);
