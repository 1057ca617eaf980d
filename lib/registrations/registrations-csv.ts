// The attendee list as a CSV file that opens correctly in Danish Excel: UTF-8 with a byte order
// mark, semicolons between fields (Danish Excel reads commas as decimal marks), a header row, and
// CRLF line ends. One line per person (the registrant and each colleague), so the list is the
// one the door and the badges use. Cells that start like a formula are defused (CSV injection).
import { stringify } from 'csv-stringify/sync';
import { toLocalInputValue } from '@/lib/format/copenhagen-time';
import type { CsvAttendee } from '@/lib/attendees/admin-queries';

export const csvColumns = ['name', 'company', 'email', 'note', 'registrant', 'status', 'checkedInAt'] as const;
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

export type CsvLabels = {
  columns: Record<CsvColumn, string>;
  status: (status: CsvAttendee['status']) => string;
  /** "Ja" / "Nej" for the registrant column. */
  yes: string;
  no: string;
  /** What an unnamed colleague is called ("Kollega uden navn"). */
  unnamed: string;
};

export function registrationsCsv(rows: CsvAttendee[], labels: CsvLabels): string {
  const records = rows.map((r) => [
    r.name.trim() || labels.unnamed,
    r.companyName ?? '',
    r.email ?? '',
    r.note ?? '',
    r.isRegistrant ? labels.yes : labels.no,
    labels.status(r.status),
    r.checkedInAt ? copenhagenCell(r.checkedInAt) : '',
  ]);
  return stringify(
    [csvColumns.map((c) => labels.columns[c]), ...records.map((cells) => cells.map(defuse))],
    { bom: true, delimiter: ';', record_delimiter: '\r\n', quoted_match: /[;"\r\n]/ },
  );
}
