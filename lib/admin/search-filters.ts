// The search filters of admin lists, read from the URL. A filter is typed by a person, so it is
// short; a longer one (a pasted or crafted URL) is refused with the field's message instead of
// being cut silently or sent to the database, and the list is not run.
import { z } from 'zod';
import { fieldErrorsFrom, type FieldError } from '@/lib/actions/form-state';

/** The longest free-text filter: the search fields carry it as maxlength too. */
export const SEARCH_TEXT_MAX = 200;

export const searchText = z.string().trim().max(SEARCH_TEXT_MAX).optional();

export type SearchFilters<T> = { ok: true; filters: T } | { ok: false; errors: Record<string, FieldError[]> };

/**
 * Next gives a repeated query parameter as an array; a filter field is one value, so only the
 * first counts (as a form would send it).
 */
function firstValues(search: Record<string, string | string[] | undefined>) {
  return Object.fromEntries(Object.entries(search).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}

export function readSearchFilters<S extends z.ZodType>(schema: S, search: Record<string, string | string[] | undefined>): SearchFilters<z.output<S>> {
  const parsed = schema.safeParse(firstValues(search));
  return parsed.success ? { ok: true, filters: parsed.data } : { ok: false, errors: fieldErrorsFrom(parsed.error) };
}

/** The one free-text search of a list (`q`): its text, or the field's errors when refused. */
export function readSearchQuery(value: string | string[] | undefined): { q?: string; errors?: FieldError[] } {
  const read = readSearchFilters(z.object({ q: searchText }), { q: value });
  return read.ok ? { q: read.filters.q || undefined } : { errors: read.errors.q };
}
