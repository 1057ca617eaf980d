// Reads a CSV extract of the CVR register as the secretariat downloads it: Danish Excel's
// ";"-separated file with a byte order mark, or a ","-separated one, with Danish (or English)
// column names in any case and spacing. Only the columns the directory uses are read; their
// order does not matter. Values are returned as text: schema.ts validates each line.
import Papa from 'papaparse';

export const extractColumns = ['cvr', 'name', 'address', 'postalCode', 'industryCode', 'industry', 'employeesBand', 'email'] as const;
export type ExtractColumn = (typeof extractColumns)[number];
export type ExtractRow = { line: number; values: Partial<Record<ExtractColumn, string>> };

/** Each column's name as the register's Danish extract writes it (for messages). */
export const extractColumnLabels: Record<ExtractColumn, string> = {
  cvr: 'CVR-nummer',
  name: 'Navn',
  address: 'Adresse',
  postalCode: 'Postnr',
  industryCode: 'Branchekode',
  industry: 'Branchetekst',
  employeesBand: 'Antal ansatte',
  email: 'Email',
};

/** The columns a file must have; the rest may be missing (their values are then empty). */
export const requiredColumns: readonly ExtractColumn[] = ['cvr', 'name'];

/** The most data lines one file may hold (the file size limit is in schema.ts). */
export const MAX_EXTRACT_LINES = 20_000;

/** Header names, folded (lower case, no spaces, dashes, dots or underscores), per column. */
const headerNames: Record<ExtractColumn, readonly string[]> = {
  cvr: ['cvrnummer', 'cvrnr', 'cvr', 'cvrno', 'cvrnumber'],
  name: ['navn', 'virksomhedsnavn', 'name', 'companyname'],
  address: ['adresse', 'address', 'beliggenhedsadresse'],
  postalCode: ['postnr', 'postnummer', 'postcode', 'postalcode', 'zip'],
  industryCode: ['branchekode', 'hovedbranchekode', 'industrycode'],
  industry: ['branchetekst', 'hovedbranchetekst', 'branche', 'industrytext', 'industry'],
  employeesBand: ['antalansatte', 'ansatte', 'employees', 'employeesband', 'antalansatteinterval'],
  email: ['email', 'emailadresse', 'mail'],
};

const fold = (header: string) => header.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s\-._]/g, '');

export type ParsedExtract =
  | { ok: true; rows: ExtractRow[] }
  | { ok: false; error: 'emptyFile' | 'wrongColumns' | 'tooManyLines'; missing?: ExtractColumn[] };

/** The separator of the header line: the most frequent of ";", "," and tab (Excel's ";" on a tie). */
function delimiterOf(content: string): string {
  const header = content.split(/\r?\n/, 1)[0];
  const counts = [';', ',', '\t'].map((d) => [d, header.split(d).length - 1] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

export function parseCvrExtract(text: string): ParsedExtract {
  const content = text.replace(/^\uFEFF/, '');
  if (content.trim() === '') return { ok: false, error: 'emptyFile' };
  const parsed = Papa.parse<string[]>(content, { delimiter: delimiterOf(content), skipEmptyLines: false });
  const [header, ...data] = parsed.data;
  if (!header) return { ok: false, error: 'emptyFile' };

  const index = new Map<ExtractColumn, number>();
  header.forEach((name, i) => {
    const folded = fold(name);
    const column = extractColumns.find((c) => headerNames[c].includes(folded));
    if (column && !index.has(column)) index.set(column, i);
  });
  const missing = requiredColumns.filter((c) => !index.has(c));
  if (missing.length) return { ok: false, error: 'wrongColumns', missing };

  const rows: ExtractRow[] = [];
  data.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const values: ExtractRow['values'] = {};
    for (const [column, at] of index) values[column] = (cells[at] ?? '').trim();
    // Line numbers as a spreadsheet shows them: the header is line 1.
    rows.push({ line: i + 2, values });
  });
  if (rows.length === 0) return { ok: false, error: 'emptyFile' };
  if (rows.length > MAX_EXTRACT_LINES) return { ok: false, error: 'tooManyLines' };
  return { ok: true, rows };
}
