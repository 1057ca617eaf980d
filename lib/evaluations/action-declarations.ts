// The evaluation actions, declared once (see lib/actions/declare.ts). Answering is open to
// everybody: the signed code in the link, not a session, says whose answer it is.
import { declareActions } from '@/lib/actions/declare';
import { answerEvaluationForm, suggestThemeForm } from './schema';

export const evaluationActions = declareActions('lib/evaluations/actions.ts', {
  answerEvaluationAction: { access: 'public', kind: 'form', schema: answerEvaluationForm, freeText: ['suggestion'] },
  suggestThemeFromEvaluationAction: { access: 'theme.moderate', kind: 'form', schema: suggestThemeForm, freeText: [] },
});
