// Times are stored in UTC and shown in Europe/Copenhagen, in Danish form
// ("søndag den 30. marts 2025 kl. 14.30") or English.
import { TZDate } from '@date-fns/tz';

export const TIME_ZONE = 'Europe/Copenhagen';

/** The instant of a wall-clock time in Copenhagen (month is 1-12). */
export function copenhagenTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, TIME_ZONE).getTime());
}

/** "2025-03-30T14:30" for a datetime-local input, in Copenhagen time. */
export function toLocalInputValue(date: Date): string {
  const z = new TZDate(date.getTime(), TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${z.getFullYear()}-${pad(z.getMonth() + 1)}-${pad(z.getDate())}T${pad(z.getHours())}:${pad(z.getMinutes())}`;
}

/** Reads a datetime-local value as Copenhagen time. Returns null when it is not a valid time. */
export function fromLocalInputValue(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const date = copenhagenTime(y, mo, d, h, mi);
  // Reject dates that rolled over (e.g. 31 February).
  return toLocalInputValue(date).slice(0, 10) === value.slice(0, 10) ? date : null;
}

const intlLocale = (locale: string) => (locale === 'en' ? 'en-GB' : 'da-DK');

// Building an Intl.DateTimeFormat is far slower than using one (an admin page formats 50 dates
// per request), so each locale and style is built once and reused.
const styles = {
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE },
  time: { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE },
  shortDate: { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE },
} satisfies Record<string, Intl.DateTimeFormatOptions>;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: keyof typeof styles, locale: string): Intl.DateTimeFormat {
  const key = `${style}:${intlLocale(locale)}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(intlLocale(locale), styles[style]);
    formatters.set(key, found);
  }
  return found;
}

export function formatDate(date: Date, locale: string): string {
  return formatter('date', locale).format(date);
}

export function formatTime(date: Date, locale: string): string {
  return formatter('time', locale).format(date);
}

/** "søndag den 30. marts 2025 kl. 14.30" / "Sunday 30 March 2025 at 14:30". */
export function formatDateTime(date: Date, locale: string): string {
  const joiner = locale === 'en' ? ' at ' : ' kl. ';
  return `${formatDate(date, locale)}${joiner}${formatTime(date, locale)}`;
}

export function formatShortDate(date: Date, locale: string): string {
  return formatter('shortDate', locale).format(date);
}
