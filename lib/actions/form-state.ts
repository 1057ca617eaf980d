// The shape every form action returns, and zod issues turned into translatable message keys.
import type { z } from 'zod';

export type FieldError = { key: string; values?: Record<string, string | number> };

export type FormState<T = unknown> =
  | { status: 'idle' }
  | { status: 'success'; message?: string; data?: T }
  | {
      status: 'error';
      /** A key in the form's own namespace or in 'validation', e.g. 'forbidden'. */
      message?: string;
      fieldErrors?: Record<string, FieldError[]>;
      /** What was typed, so the form can show it again. */
      values?: Record<string, string>;
      /** Fields sent more than once (ticked checkboxes of one group, multi-selects): every value. */
      lists?: Record<string, string[]>;
    };

export const idleState: FormState = { status: 'idle' };

const knownKeys = new Set([
  'required',
  'email',
  'tooShort',
  'tooLong',
  'tooSmall',
  'tooBig',
  'number',
  'integer',
  'date',
  'url',
  'cvr',
  'choice',
  'invalid',
]);

function toFieldError(issue: z.core.$ZodIssue): FieldError {
  if (knownKeys.has(issue.message)) {
    const values: Record<string, string | number> = {};
    if ('minimum' in issue) values.minimum = Number(issue.minimum);
    if ('maximum' in issue) values.maximum = Number(issue.maximum);
    return { key: issue.message, values };
  }
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return { key: 'required' };
      return issue.origin === 'string'
        ? { key: 'tooShort', values: { minimum: Number(issue.minimum) } }
        : { key: 'tooSmall', values: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return issue.origin === 'string'
        ? { key: 'tooLong', values: { maximum: Number(issue.maximum) } }
        : { key: 'tooBig', values: { maximum: Number(issue.maximum) } };
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return { key: 'number' };
      if (issue.expected === 'date') return { key: 'date' };
      return { key: 'required' };
    case 'invalid_format':
      if (issue.format === 'email') return { key: 'email' };
      if (issue.format === 'url') return { key: 'url' };
      return { key: 'invalid' };
    case 'invalid_value':
      return { key: 'choice' };
    default:
      return { key: 'invalid' };
  }
}

export function fieldErrorsFrom(error: z.ZodError): Record<string, FieldError[]> {
  const result: Record<string, FieldError[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.length ? issue.path.map(String).join('.') : '_form';
    (result[field] ??= []).push(toFieldError(issue));
  }
  return result;
}

/** The repeated fields of a form (a group of checkboxes), each with all its values. */
export function formValueLists(formData: FormData): Record<string, string[]> | undefined {
  const lists: Record<string, string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    if (all.length > 1) lists[key] = all;
  }
  return Object.keys(lists).length ? lists : undefined;
}

/**
 * What a refused form had for a repeated field (e.g. the ticked checkboxes of a group), or
 * undefined when nothing was refused (the form then shows its saved values).
 */
export function typedList(state: FormState<unknown>, name: string): string[] | undefined {
  if (state.status !== 'error' || !state.values) return undefined;
  if (state.lists?.[name]) return state.lists[name];
  return name in state.values ? [state.values[name]] : [];
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}
