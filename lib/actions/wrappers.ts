// Every server action is built with these wrappers: they ask the gate (lib/auth) who is asking
// and whether they may, validate the input with zod, and only then run the body. One place,
// every action; the form plumbing lives here, the authorization decision in lib/auth.
import 'server-only';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import type { z } from 'zod';
import { gateAction, type ActionCaller } from '@/lib/auth/action-gate';
import type { Access } from '@/lib/auth/access';
import { inRequestContext } from '@/lib/log/in-request-context';
import { ActionError } from './action-error';
import { nulFieldErrorsInForm, nulFieldErrorsInInput, withoutNul } from './control-characters';
import type { CallActionDeclaration, FormActionDeclaration } from './declare';
import { fieldErrorsFrom, formValueLists, formValues, type FieldError, type FormState } from './form-state';

export type ActionContext<A extends Access> = { user: ActionCaller<A> };

/** A form action for useActionState: (previous state, form data) → new state. */
export function formAction<D extends FormActionDeclaration, T = unknown>(
  declaration: D,
  body: (data: z.output<D['schema']>, ctx: ActionContext<D['access']>, formData: FormData) => Promise<FormState<T> | void>,
) {
  const { access, schema } = declaration;
  // The body runs with the request's id in the log context (lib/log).
  return (previous: FormState<T>, formData: FormData) => inRequestContext(() => run(previous, formData));

  async function run(_previous: FormState<T>, formData: FormData): Promise<FormState<T>> {
    const { user, refusal } = await gateAction(access);
    if (refusal) return { status: 'error', message: refusal };
    const values = formValues(formData);
    const lists = formValueLists(formData);
    const nulErrors = nulFieldErrorsInForm(formData);
    if (nulErrors) return { status: 'error', message: 'controlCharacters', fieldErrors: nulErrors, values: withoutNul(values), lists };
    const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
    if (!parsed.success) {
      return { status: 'error', fieldErrors: fieldErrorsFrom(parsed.error), values, lists };
    }
    try {
      const result = await body(parsed.data as z.output<D['schema']>, { user: user as ActionCaller<D['access']> }, formData);
      // A refusal keeps what was typed, so the form can show it again.
      if (result?.status === 'error' && !result.values) return { ...result, values, lists };
      return result ?? { status: 'success' };
    } catch (error) {
      if (isRedirectError(error)) throw error;
      if (error instanceof ActionError) {
        return { status: 'error', message: error.key, fieldErrors: error.fieldErrors, values, lists };
      }
      throw error;
    }
  }
}

export type ActionResult<T = void> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, FieldError[]> };

/** An action called with plain arguments (buttons, client components) rather than a form. */
export function guardedAction<D extends CallActionDeclaration, T>(
  declaration: D,
  body: (data: z.output<D['schema']>, ctx: ActionContext<D['access']>) => Promise<T>,
) {
  const { access, schema } = declaration;
  return (input: z.input<D['schema']>) => inRequestContext(() => run(input));

  async function run(input: z.input<D['schema']>): Promise<ActionResult<T>> {
    const { user, refusal } = await gateAction(access);
    if (refusal) return { ok: false, error: refusal };
    const nulErrors = nulFieldErrorsInInput(input);
    if (nulErrors) return { ok: false, error: 'controlCharacters', fieldErrors: nulErrors };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsFrom(parsed.error) };
    try {
      return { ok: true, data: await body(parsed.data as z.output<D['schema']>, { user: user as ActionCaller<D['access']> }) };
    } catch (error) {
      if (isRedirectError(error)) throw error;
      if (error instanceof ActionError) return { ok: false, error: error.key, fieldErrors: error.fieldErrors };
      throw error;
    }
  }
}
