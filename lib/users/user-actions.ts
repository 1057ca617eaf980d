'use server';
// Server actions for users and roles.
import { z } from 'zod';
import { getDb } from '@/db/client';
import { roles } from '@/db/schema';
import { adminActionAccess as access } from '@/lib/admin/action-access';
import { afterAdminChange } from '@/lib/admin/after-change';
import { formAction } from '@/lib/actions/wrappers';
import { emailAddressSchema } from '@/lib/auth/email-address';
import { routing } from '@/lib/i18n/routing';
import { changeUserRole, deactivateUser, invitableRoles, inviteUser, reactivateUser, revokeInvitation } from './user-admin';

export const inviteUserAction = formAction(
  access.inviteUser,
  z.object({ email: emailAddressSchema, role: z.enum(invitableRoles), locale: z.enum(routing.locales) }),
  async (input, { user }) => {
    await inviteUser(await getDb(), user, input);
    afterAdminChange();
    return { status: 'success', message: 'invited' };
  },
);

export const revokeInvitationAction = formAction(access.revokeInvitation, z.object({ email: z.string().min(3).max(320) }), async (input, { user }) => {
  await revokeInvitation(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'invitationRevoked' };
});

export const changeUserRoleAction = formAction(access.changeUserRole, z.object({ userId: z.string().min(1).max(100), role: z.enum(roles) }), async (input, { user }) => {
  await changeUserRole(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'roleChanged' };
});

export const deactivateUserAction = formAction(access.deactivateUser, z.object({ userId: z.string().min(1).max(100) }), async (input, { user }) => {
  await deactivateUser(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'deactivated' };
});

export const reactivateUserAction = formAction(access.reactivateUser, z.object({ userId: z.string().min(1).max(100) }), async (input, { user }) => {
  await reactivateUser(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'reactivated' };
});
