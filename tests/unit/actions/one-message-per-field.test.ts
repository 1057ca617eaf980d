// A field left empty gets one message, not two: "Slut: Skal udfyldes. Slut: Skriv en gyldig dato
// og tid." listed the same empty field twice in the error summary. Every declared form is sent
// with each of its fields empty, as a person who presses the button at once does.
import { describe, expect, it } from 'vitest';
import { fieldErrorsFrom } from '@/lib/actions/form-state';
import { declaredActions, declaredFields } from '../../support/declared-actions';

const forms = declaredActions.filter((a) => a.kind === 'form');

describe('the messages of an empty form', () => {
  it.each(forms.map((a) => [a.name, a] as const))('%s says one thing per empty field', (_name, action) => {
    const empty = Object.fromEntries(declaredFields(action).map((field) => [field, '']));
    const parsed = action.schema.safeParse(empty);
    const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error);
    const repeated = Object.entries(errors).filter(([, list]) => list.length > 1);
    expect(repeated).toEqual([]);
  });
});
