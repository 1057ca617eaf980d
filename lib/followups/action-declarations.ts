// The follow-up actions, declared once (see lib/actions/declare.ts).
import { declareActions } from '@/lib/actions/declare';
import { articleForm, briefingForm, participantEmailForm, retryForm, unpublishForm } from './schema';

export const followupActions = declareActions('lib/followups/actions.ts', {
  briefingAction: { access: 'followup.manage', kind: 'form', schema: briefingForm, freeText: ['title', 'body'] },
  participantEmailAction: { access: 'followup.manage', kind: 'form', schema: participantEmailForm, freeText: ['title', 'body'] },
  articleAction: { access: 'followup.manage', kind: 'form', schema: articleForm, freeText: ['title', 'lead', 'body'] },
  unpublishArticleAction: { access: 'followup.manage', kind: 'form', schema: unpublishForm, freeText: [] },
  retryFailedAction: { access: 'followup.manage', kind: 'form', schema: retryForm, freeText: [] },
});
