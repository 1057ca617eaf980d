// Queries prepared once per database handle. Drizzle builds a query's SQL text anew on every call;
// for the fixed queries an admin page runs on every request, building it once is measurably
// cheaper (issue 11 §4a; the CPU profile showed Drizzle's query building). Parameters are
// `sql.placeholder(...)` values given to `execute`. Never pass a `Date` as one: postgres.js cannot
// bind it to a named statement, throws inside its socket handler and leaves that connection (and
// every query queued on it) waiting forever. Pass `date.toISOString()`.
import 'server-only';
import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { DbOrTx } from './client';

// Keyed by the handle: tests open several databases, and a transaction is a handle of its own.
const byHandle = new WeakMap<DbOrTx, Map<string, unknown>>();

/** The query `build` makes, built and prepared the first time `name` is asked for on this handle. */
export function preparedOnce<Query>(db: DbOrTx, name: string, build: () => Query): Query {
  let queries = byHandle.get(db);
  if (!queries) byHandle.set(db, (queries = new Map()));
  let query = queries.get(name) as Query | undefined;
  if (!query) queries.set(name, (query = build()));
  return query;
}

/**
 * `column = any($name::uuid[])`: a list of ids as one array parameter. `inArray` writes one
 * parameter per id, so its SQL changes with the list's length and cannot be prepared once.
 */
export function idIsAnyOf(column: AnyColumn, placeholderName: string): SQL {
  return sql`${column} = any(${sql.placeholder(placeholderName)}::uuid[])`;
}
