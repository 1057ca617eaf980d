// Text with NUL characters cannot be stored (PostgreSQL refuses them in text columns) and is
// never typed by a person: the action wrappers refuse it with a field error before validation.
import type { FieldError } from './form-state';

const NUL = /\u0000/;

const refused: FieldError[] = [{ key: 'controlCharacters' }];

/** Field errors for every form field whose name or value holds a NUL character. */
export function nulFieldErrorsInForm(formData: FormData): Record<string, FieldError[]> | undefined {
  let errors: Record<string, FieldError[]> | undefined;
  for (const [key, value] of formData.entries()) {
    if (NUL.test(key) || (typeof value === 'string' && NUL.test(value))) {
      (errors ??= {})[key.replace(/\u0000/g, '')] = refused;
    }
  }
  return errors;
}

/** The same for plain action arguments (any depth), keyed by their path. */
export function nulFieldErrorsInInput(input: unknown): Record<string, FieldError[]> | undefined {
  let errors: Record<string, FieldError[]> | undefined;
  const visit = (value: unknown, path: string, depth: number) => {
    if (typeof value === 'string') {
      if (NUL.test(value)) (errors ??= {})[path || '_form'] = refused;
    } else if (value && typeof value === 'object' && depth < 20) {
      for (const [key, child] of Object.entries(value)) {
        if (NUL.test(key)) (errors ??= {})[path || '_form'] = refused;
        visit(child, path ? `${path}.${key}` : key, depth + 1);
      }
    }
  };
  visit(input, '', 0);
  return errors;
}

/** What was typed, without the NUL characters, so the form can show it again. */
export function withoutNul(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k.replace(/\u0000/g, ''), v.replace(/\u0000/g, '')]));
}
