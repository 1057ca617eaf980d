// The invitation actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { invitationForm } from './schema';

export const invitationActions = declareActions('lib/invitations/actions.ts', {
  invitationAction: { access: 'meeting.manage', kind: 'form', schema: invitationForm, freeText: [], lists: ['segment', 'industry', 'band'] },
});
