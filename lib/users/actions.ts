'use server';
// Server actions for users and roles.
import { getDb } from '@/db/client';
import { formAction } from '@/lib/actions/wrappers';
import { afterAdminChange } from '@/lib/admin/after-change';
import { userActions } from './action-declarations';
import { changeUserRole } from './change-user-role';
import { deactivateUser } from './deactivate-user';
import { inviteUser } from './invite-user';
import { reactivateUser } from './reactivate-user';
import { revokeInvitation } from './revoke-invitation';

const declared = userActions.actions;

export const inviteUserAction = formAction(
  declared.inviteUserAction,
  async (input, { user }) => {
    await inviteUser(await getDb(), user, input);
    afterAdminChange();
    return { status: 'success', message: 'invited' };
  },
);

export const revokeInvitationAction = formAction(declared.revokeInvitationAction, async (input, { user }) => {
  await revokeInvitation(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'invitationRevoked' };
});

export const changeUserRoleAction = formAction(declared.changeUserRoleAction, async (input, { user }) => {
  await changeUserRole(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'roleChanged' };
});

export const deactivateUserAction = formAction(declared.deactivateUserAction, async (input, { user }) => {
  await deactivateUser(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'deactivated' };
});

export const reactivateUserAction = formAction(declared.reactivateUserAction, async (input, { user }) => {
  await reactivateUser(await getDb(), user, input);
  afterAdminChange();
  return { status: 'success', message: 'reactivated' };
});
