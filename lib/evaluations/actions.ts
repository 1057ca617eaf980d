'use server';
// The evaluation's server actions: gate, validate, call the domain function, refresh the page.
import { refresh } from 'next/cache';
import { getDb } from '@/db/client';
import type { FormState } from '@/lib/actions/form-state';
import { formAction } from '@/lib/actions/wrappers';
import { evaluationActions } from './action-declarations';
import { answerEvaluation } from './answer-evaluation';
import { suggestThemeFromEvaluation } from './suggest-theme';

const declared = evaluationActions.actions;

export const answerEvaluationAction = formAction(declared.answerEvaluationAction, async (data): Promise<FormState> => {
  const { replaced } = await answerEvaluation(await getDb(), data);
  refresh();
  return { status: 'success', message: replaced ? 'replaced' : 'saved' };
});

export const suggestThemeFromEvaluationAction = formAction(declared.suggestThemeFromEvaluationAction, async (data, { user }): Promise<FormState> => {
  await suggestThemeFromEvaluation(await getDb(), { id: user.id, email: user.email }, data);
  // The theme is submitted, not public: only the admin pages (this one, the queue) change.
  refresh();
  return { status: 'success', message: 'themeCreated' };
});
