// Every server action is built with these wrappers: they resolve who is asking, check the gate,
// validate the input with zod, and only then run the body. One place, every action.
import 'server-only';
import { isRedirectError } from 'next/dist/client/components/redirect-error';
import type { z } from 'zod';
import { getCurrentUser, type CurrentUser } from './current-user';
import { decide, type Access } from './gate';
import { nulFieldErrorsInForm, nulFieldErrorsInInput, withoutNul } from './control-characters';
import { fieldErrorsFrom, formValueLists, formValues, type FormState } from './form-state';
import { inRequestContext } from '@/lib/log/in-request-context';

export type ActionContext<A extends Access> = {
  user: A extends 'public' ? CurrentUser | null : CurrentUser;
};

/** A form action for useActionState: (previous state, form data) → new state. */
export function formAction<S extends z.ZodType, A extends Access, T = unknown>(
  access: A,
  schema: S,
  body: (data: z.output<S>, ctx: ActionContext<A>, formData: FormData) => Promise<FormState<T> | void>,
) {
  // The body runs with the request's id in the log context (lib/log).
  return (previous: FormState<T>, formData: FormData) => inRequestContext(() => run(previous, formData));

  async function run(_previous: FormState<T>, formData: FormData): Promise<FormState<T>> {
    const user = await getCurrentUser();
    const decision = decide(user, access);
    if (decision !== 'allowed') {
      return { status: 'error', message: decision === 'signed-out' ? 'signedOut' : 'forbidden' };
    }
    const values = formValues(formData);
    const lists = formValueLists(formData);
    const nulErrors = nulFieldErrorsInForm(formData);
    if (nulErrors) return { status: 'error', message: 'controlCharacters', fieldErrors: nulErrors, values: withoutNul(values), lists };
    const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
    if (!parsed.success) {
      return { status: 'error', fieldErrors: fieldErrorsFrom(parsed.error), values, lists };
    }
    try {
      const result = await body(parsed.data, { user } as ActionContext<A>, formData);
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
  | { ok: false; error: string; fieldErrors?: Record<string, import('./form-state').FieldError[]> };

/** An action called with plain arguments (buttons, client components) rather than a form. */
export function guardedAction<S extends z.ZodType, A extends Access, T>(
  access: A,
  schema: S,
  body: (data: z.output<S>, ctx: ActionContext<A>) => Promise<T>,
) {
  return (input: z.input<S>) => inRequestContext(() => run(input));

  async function run(input: z.input<S>): Promise<ActionResult<T>> {
    const user = await getCurrentUser();
    const decision = decide(user, access);
    if (decision !== 'allowed') {
      return { ok: false, error: decision === 'signed-out' ? 'signedOut' : 'forbidden' };
    }
    const nulErrors = nulFieldErrorsInInput(input);
    if (nulErrors) return { ok: false, error: 'controlCharacters', fieldErrors: nulErrors };
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, error: 'invalid', fieldErrors: fieldErrorsFrom(parsed.error) };
    try {
      return { ok: true, data: await body(parsed.data, { user } as ActionContext<A>) };
    } catch (error) {
      if (isRedirectError(error)) throw error;
      if (error instanceof ActionError) return { ok: false, error: error.key, fieldErrors: error.fieldErrors };
      throw error;
    }
  }
}

/** Thrown by domain code for an expected refusal; its key is shown to the user. */
export class ActionError extends Error {
  constructor(
    readonly key: string,
    readonly fieldErrors?: Record<string, import('./form-state').FieldError[]>,
  ) {
    super(key);
    this.name = 'ActionError';
  }
}
