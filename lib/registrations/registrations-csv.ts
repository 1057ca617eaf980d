// The registration list as a CSV file that opens correctly in Danish Excel: UTF-8 with a byte
// order mark, semicolons between fields (Danish Excel reads commas as decimal marks), a header
// row, and CRLF line ends. Cells that start like a formula are defused (CSV injection).
import { stringify } from 'csv-stringify/sync';
import { toLocalInputValue } from '@/lib/format/copenhagen-time';
import type { AdminRegistration } from './queries';

export const csvColumns = ['company', 'cvr', 'person', 'email', 'colleagues', 'seats', 'status', 'note', 'registeredAt', 'attendedAt'] as const;
export type CsvColumn = (typeof csvColumns)[number];

/** "08-10-2014 16:00" in Copenhagen time: a form Danish Excel reads as a date and time. */
function copenhagenCell(date: Date): string {
  const [day, time] = toLocalInputValue(date).split('T');
  const [y, m, d] = day.split('-');
  return `${d}-${m}-${y} ${time}`;
}

/** A leading =, +, -, @, tab or CR makes Excel treat the cell as a formula. */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function registrationsCsv(
  rows: AdminRegistration[],
  labels: { columns: Record<CsvColumn, string>; status: (status: AdminRegistration['status']) => string },
): string {
  const when = (d: Date | null) => (d ? copenhagenCell(d) : '');
  const records = rows.map((r) => [
    r.companyName ?? '',
    r.companyCvr ?? '',
    r.personName ?? '',
    r.personEmail ?? '',
    String(r.colleagues),
    String(1 + r.colleagues),
    labels.status(r.status),
    r.note ?? '',
    when(r.createdAt),
    when(r.attendedAt),
  ]);
  return stringify(
    [csvColumns.map((c) => labels.columns[c]), ...records.map((cells) => cells.map(defuse))],
    { bom: true, delimiter: ';', record_delimiter: '\r\n', quoted_match: /[;"\r\n]/ },
  );
}
