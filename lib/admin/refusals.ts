// Expected refusals shared by the admin domain functions: a stale version (someone else saved
// first), a record that is gone, and a unique-constraint race. Each becomes an ActionError whose
// key the form shows (common.errors.* or the form's own namespace).
import 'server-only';
import { ActionError } from '@/lib/actions/action-error';
import type { FieldError } from '@/lib/actions/form-state';

/** Someone saved the record since this person loaded it. */
export function conflict(): never {
  throw new ActionError('conflict');
}

export function notFound(): never {
  throw new ActionError('notFound');
}

/** A refusal that belongs to named fields, e.g. { slug: 'slugTaken' }. */
export function fieldRefusal(fields: Record<string, string | FieldError>): never {
  const fieldErrors: Record<string, FieldError[]> = {};
  for (const [field, error] of Object.entries(fields)) {
    fieldErrors[field] = [typeof error === 'string' ? { key: error } : error];
  }
  throw new ActionError('invalid', fieldErrors);
}

/** PostgreSQL's unique_violation, as raised by postgres.js or PGlite (possibly wrapped by drizzle). */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}
