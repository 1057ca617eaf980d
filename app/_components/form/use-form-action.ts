'use client';
// useActionState for every form, with one addition: a form whose text is too large to be sent
// (over the server's request body limit, e.g. a megabyte pasted by a script past `maxlength`)
// is answered here, before sending, with the field's own "too long" message and everything that
// was typed kept. Sent anyway, the server would refuse it with 413 and the page would be lost.
import { useActionState, useMemo } from 'react';
import { formValueLists, formValues, idleState, type FieldError, type FormState } from '@/lib/actions/form-state';
import { ACTION_BODY_LIMIT_BYTES } from '@/lib/http/oversized-request';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FormActionFn<T = any> = (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>;

// Room for the multipart framing and the action's own fields.
const SENDABLE_BYTES = ACTION_BODY_LIMIT_BYTES - 64 * 1024;

function textBytes(formData: FormData): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [key, value] of formData.entries()) {
    bytes += encoder.encode(key).length + (typeof value === 'string' ? encoder.encode(value).length : value.size);
  }
  return bytes;
}

/** The field of `name` holding `value`, and its maxlength (0 when it has none). */
function maxLengthOf(name: string, value: string): number {
  for (const element of Array.from(document.getElementsByName(name))) {
    if ((element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) && element.value === value) {
      return element.maxLength > 0 ? element.maxLength : 0;
    }
  }
  return 0;
}

/** What the server would say about each over-long field, said before sending. */
export function tooLargeState<T>(formData: FormData): FormState<T> {
  const fieldErrors: Record<string, FieldError[]> = {};
  let largest: [string, number] = ['', 0];
  for (const [name, value] of formData.entries()) {
    if (typeof value !== 'string') continue;
    const maximum = maxLengthOf(name, value);
    if (maximum && value.length > maximum) fieldErrors[name] = [{ key: 'tooLong', values: { maximum } }];
    if (value.length > largest[1]) largest = [name, value.length];
  }
  // A field without a maxlength: name the largest, which is what made the form too big.
  if (!Object.keys(fieldErrors).length && largest[0]) fieldErrors[largest[0]] = [{ key: 'tooLarge' }];
  return { status: 'error', message: 'tooLarge', fieldErrors, values: formValues(formData), lists: formValueLists(formData) };
}

export function sendable<T>(action: FormActionFn<T>): FormActionFn<T> {
  return async (previous, formData) => (textBytes(formData) > SENDABLE_BYTES ? tooLargeState<T>(formData) : action(previous, formData));
}

export function useFormAction<T>(action: FormActionFn<T>) {
  const guarded = useMemo(() => sendable(action), [action]);
  return useActionState(guarded, idleState as FormState<T>);
}
