// What the evaluation forms may contain: the link's answer (the signed code and the two
// questions), and the secretariat's one click that makes a suggestion a theme.
import { z } from 'zod';
import { optionalText, wholeNumber } from '@/lib/actions/form-fields';
import { SUGGESTION_MAX } from './rules';

export const answerEvaluationForm = z.object({
  code: z.string().min(1, 'required').max(500, 'tooLong'),
  // A missing choice says "required", not "type a number".
  usefulness: z.preprocess((v) => (v === '' || v === undefined ? undefined : v), wholeNumber(1, 5).optional()).refine((v) => v !== undefined, { message: 'required' }),
  suggestion: optionalText(SUGGESTION_MAX),
});

export type AnswerEvaluationInput = z.output<typeof answerEvaluationForm>;

export const suggestThemeForm = z.object({ evaluationId: z.uuid() });
