// The follow-up actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { approveBriefingForm, articleForm, briefingForm, participantEmailForm, retryForm, returnBriefingForm, unpublishForm } from './schema';

export const followupActions = declareActions('lib/followups/actions.ts', {
  briefingAction: {
    access: 'followup.manage',
    kind: 'form',
    schema: briefingForm,
    freeText: ['title', 'body', 'caseNumber', 'summary', 'recommendation'],
  },
  // The chair alone approves or returns a briefing: it is sent over the chair's name.
  approveBriefingAction: { access: 'briefing.approve', kind: 'form', schema: approveBriefingForm, freeText: [] },
  returnBriefingAction: { access: 'briefing.approve', kind: 'form', schema: returnBriefingForm, freeText: ['comment'] },
  participantEmailAction: { access: 'followup.manage', kind: 'form', schema: participantEmailForm, freeText: ['title', 'body'] },
  articleAction: { access: 'followup.manage', kind: 'form', schema: articleForm, freeText: ['title', 'lead', 'body'] },
  unpublishArticleAction: { access: 'followup.manage', kind: 'form', schema: unpublishForm, freeText: [] },
  retryFailedAction: { access: 'followup.manage', kind: 'form', schema: retryForm, freeText: [] },
});
