// Pure rules of the period report: the forum's periods (two calendar years, counted from the
// founding document's 2014–2015), the presets offered for the years that hold meetings, a day as
// the instants it spans in Copenhagen, company size from the CVR band or the head count, and the
// shaping of per-company participation into industries and sizes. No database here.
import { TZDate } from '@date-fns/tz';
import { employeesBands, isEmployeesBand, type EmployeesBand } from '@/lib/directory/employee-bands';
import { copenhagenTime, TIME_ZONE } from '@/lib/format/copenhagen-time';

/** A period as the form and the URL carry it: two days, yyyy-mm-dd, both included. */
export type Period = { from: string; to: string };

/** The founding document (16 September 2014) gives the forum the years 2014–2015. */
export const FOUNDING_YEAR = 2014;
/** A forum period is two calendar years, as the founding document's first one. */
export const PERIOD_YEARS = 2;

export function yearPeriod(first: number, last = first): Period {
  return { from: `${first}-01-01`, to: `${last}-12-31` };
}

/** The year of an instant in Copenhagen. */
export function copenhagenYear(date: Date): number {
  return new TZDate(date.getTime(), TIME_ZONE).getFullYear();
}

/** The forum period (two calendar years from 2014) that holds `now`: the report's default. */
export function currentPeriod(now: Date): Period {
  const year = copenhagenYear(now);
  const first = FOUNDING_YEAR + Math.floor((year - FOUNDING_YEAR) / PERIOD_YEARS) * PERIOD_YEARS;
  return yearPeriod(first, first + PERIOD_YEARS - 1);
}

/**
 * The periods offered with one click: each forum period that holds a held meeting, then each
 * such calendar year, oldest first, without repeats.
 */
export function periodPresets(years: number[]): Period[] {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const firsts = [...new Set(sorted.map((y) => FOUNDING_YEAR + Math.floor((y - FOUNDING_YEAR) / PERIOD_YEARS) * PERIOD_YEARS))];
  return [...firsts.map((f) => yearPeriod(f, f + PERIOD_YEARS - 1)), ...sorted.map((y) => yearPeriod(y))];
}

function parseDay(value: string): [number, number, number] {
  const [y, m, d] = value.split('-').map(Number);
  return [y, m, d];
}

/** The period as instants: from the start of its first day to the start of the day after its last (Copenhagen). */
export function periodBounds(period: Period): { start: Date; end: Date } {
  const [fy, fm, fd] = parseDay(period.from);
  const [ty, tm, td] = parseDay(period.to);
  return { start: copenhagenTime(fy, fm, fd), end: copenhagenTime(ty, tm, td + 1) };
}

/**
 * A company's size band: the CVR register's band when imported, else the band its head count
 * falls in, else null (not stated).
 */
export function sizeBand(employeesBand: string | null, employees: number | null): EmployeesBand | null {
  if (employeesBand && isEmployeesBand(employeesBand)) return employeesBand;
  if (employees === null || employees === undefined || employees < 0) return null;
  if (employees >= 1000) return '1000+';
  return (
    employeesBands.find((band) => {
      const [low, high] = band.split('-').map(Number);
      return employees >= low && employees <= (high ?? low);
    }) ?? null
  );
}

/** One company's (or, with companyId null, the people of no company's) part in the period. */
export type CompanyParticipation = {
  companyId: string | null;
  industry: string | null;
  employeesBand: string | null;
  employees: number | null;
  participants: number;
};

export type ParticipationGroup<K> = { key: K; companies: number; participants: number };

function groupBy<K>(rows: CompanyParticipation[], keyOf: (row: CompanyParticipation) => K): ParticipationGroup<K>[] {
  const groups = new Map<K, ParticipationGroup<K>>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key) ?? { key, companies: 0, participants: 0 };
    if (row.companyId) group.companies += 1;
    group.participants += row.participants;
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Companies and people by industry, most people first; null is "not stated" (last). */
export function byIndustry(rows: CompanyParticipation[]): ParticipationGroup<string | null>[] {
  return groupBy(rows, (r) => r.industry?.trim() || null).sort(
    (a, b) => Number(a.key === null) - Number(b.key === null) || b.participants - a.participants || (a.key ?? '').localeCompare(b.key ?? '', 'da'),
  );
}

/** Companies and people by size band, smallest band first; null is "not stated" (last). */
export function bySize(rows: CompanyParticipation[]): ParticipationGroup<EmployeesBand | null>[] {
  const order = (band: EmployeesBand | null) => (band === null ? employeesBands.length : employeesBands.indexOf(band));
  return groupBy(rows, (r) => sizeBand(r.employeesBand, r.employees)).sort((a, b) => order(a.key) - order(b.key));
}

/** The average of `sum` over `count` answers, or null with no answers. */
export function average(sum: number, count: number): number | null {
  return count > 0 ? sum / count : null;
}

const numberLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'da-DK');

/** "4,3" in Danish, "4.3" in English: one decimal, as a committee reads an average. */
export function formatAverage(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(numberLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** "1.234" in Danish. */
export function formatCount(value: number, locale: string): string {
  return new Intl.NumberFormat(numberLocale(locale)).format(value);
}

const longDate = new Map<string, Intl.DateTimeFormat>();

/** "8. oktober 2014" / "8 October 2014" (no weekday: a table of many dates reads better without). */
export function formatReportDate(date: Date, locale: string): string {
  const key = numberLocale(locale);
  let f = longDate.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(key, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
    longDate.set(key, f);
  }
  return f.format(date);
}

/** A yyyy-mm-dd day as a date to show. */
export function formatDay(day: string, locale: string): string {
  const [y, m, d] = parseDay(day);
  return formatReportDate(copenhagenTime(y, m, d, 12), locale);
}
