// The period form (GET): two days, yyyy-mm-dd, that exist, the first not after the last. Error
// messages are keys in the 'reports.errors' namespace, shown next to the field.
import { z } from 'zod';

function isDay(value: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2100 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const day = z.string().trim().min(1, 'required').max(10, 'day').refine(isDay, 'day');

export const periodSchema = z
  .object({ from: day, to: day })
  .refine((p) => p.from <= p.to, { path: ['to'], message: 'toBeforeFrom' });

export type PeriodErrors = Partial<Record<'from' | 'to', string>>;

/**
 * The period the URL asks for: none (use the default), a valid one, or the fields' messages and
 * what was typed (to show again).
 */
export function readPeriod(search: Record<string, string | string[] | undefined>):
  | { kind: 'none' }
  | { kind: 'ok'; period: { from: string; to: string } }
  | { kind: 'invalid'; errors: PeriodErrors; typed: { from: string; to: string } } {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const typed = { from: first(search.from).slice(0, 20), to: first(search.to).slice(0, 20) };
  if (!typed.from && !typed.to) return { kind: 'none' };
  const parsed = periodSchema.safeParse(typed);
  if (parsed.success) return { kind: 'ok', period: parsed.data };
  const errors: PeriodErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'from' || field === 'to') && !errors[field]) errors[field] = issue.message;
  }
  return { kind: 'invalid', errors, typed };
}
