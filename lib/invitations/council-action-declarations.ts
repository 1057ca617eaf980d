// The council's answers to invitations, declared once (see lib/actions/declare.ts). The link's
// action is open to everybody: the signed code in it, not a session, says who answers.
import { declareActions } from '@/lib/actions/declare';
import { councilRsvpForm, councilRsvpLinkForm } from './council-rsvp-schema';

export const councilRsvpActions = declareActions('lib/invitations/council-actions.ts', {
  answerCouncilInvitationByLinkAction: { access: 'public', kind: 'form', schema: councilRsvpLinkForm, freeText: [] },
  answerCouncilInvitationAction: { access: 'council.read', kind: 'form', schema: councilRsvpForm, freeText: [] },
});
