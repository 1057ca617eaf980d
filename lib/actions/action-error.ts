// An expected refusal thrown by domain code (a full meeting, a stale version): the action
// wrappers turn it into the form's message and field errors instead of a server error.
import type { FieldError } from './form-state';

/** Thrown by domain code for an expected refusal; its key is shown to the user. */
export class ActionError extends Error {
  constructor(
    readonly key: string,
    readonly fieldErrors?: Record<string, FieldError[]>,
  ) {
    super(key);
    this.name = 'ActionError';
  }
}
