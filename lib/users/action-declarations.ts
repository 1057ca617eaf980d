// The user administration's actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { changeUserRoleSchema, inviteUserSchema, revokeInvitationSchema, userIdSchema } from './schema';

export const userActions = declareActions('lib/users/actions.ts', {
  inviteUserAction: { access: 'user.manage', kind: 'form', schema: inviteUserSchema, freeText: [] },
  revokeInvitationAction: { access: 'user.manage', kind: 'form', schema: revokeInvitationSchema, freeText: [] },
  changeUserRoleAction: { access: 'user.manage', kind: 'form', schema: changeUserRoleSchema, freeText: [] },
  deactivateUserAction: { access: 'user.manage', kind: 'form', schema: userIdSchema, freeText: [] },
  reactivateUserAction: { access: 'user.manage', kind: 'form', schema: userIdSchema, freeText: [] },
});
