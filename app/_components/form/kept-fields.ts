// What a refused form gives back: each field's errors and the value that was typed, so the person
// finds the form as they left it. `field(name, saved)` is the three props every field takes
// from it: its name, its value (as typed when the save was refused, otherwise `saved`) and its
// errors.
import type { FormState } from '@/lib/actions/form-state';

export function keptFields<T>(state: FormState<T>, typed = state.status === 'error' ? state.values : undefined) {
  const errors = state.status === 'error' ? state.fieldErrors : undefined;
  // A field given what was saved always has a value; without, it may be empty.
  const field = <S extends string | undefined = undefined>(name: string, saved?: S) => ({
    name,
    defaultValue: (typed?.[name] ?? saved) as string | S,
    errors: errors?.[name],
  });
  return { errors, values: typed, field };
}
