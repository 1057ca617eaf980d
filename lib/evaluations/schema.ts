// What the evaluation forms may contain: the link's answer (the signed code and the two
// questions), and the secretariat's one click that makes a suggestion a theme.
import { z } from 'zod';
import { optionalText } from '@/lib/actions/form-fields';
import { SUGGESTION_MAX } from './rules';

export const answerEvaluationForm = z.object({
  code: z.string().min(1, 'required').max(500, 'tooLong'),
  // A missing or unknown score says "choose one of the options", not "type a number".
  usefulness: z.string({ error: 'choice' }).trim().min(1, 'choice').transform(Number).pipe(z.number({ message: 'choice' }).int({ message: 'choice' }).min(1, 'choice').max(5, 'choice')),
  suggestion: optionalText(SUGGESTION_MAX),
});

export type AnswerEvaluationInput = z.output<typeof answerEvaluationForm>;

export const suggestThemeForm = z.object({ evaluationId: z.uuid() });
