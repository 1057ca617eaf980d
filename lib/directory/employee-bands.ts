// The CVR register's employee bands (intervals of "antal ansatte"), as the directory stores and
// filters them. An extract writes them in several ways ("10-19", "10 - 19", "1000+",
// "1000-999999", "Ingen ansatte"); normaliseEmployeesBand turns each into one of these or null.
export const employeesBands = ['0', '1', '2-4', '5-9', '10-19', '20-49', '50-99', '100-199', '200-499', '500-999', '1000+'] as const;
export type EmployeesBand = (typeof employeesBands)[number];

export function isEmployeesBand(value: string): value is EmployeesBand {
  return (employeesBands as readonly string[]).includes(value);
}

/**
 * The band for a value from an extract: undefined for an empty value (no band given), null for
 * a value that is no band (the line is refused), otherwise the band.
 */
export function normaliseEmployeesBand(value: string | undefined): EmployeesBand | null | undefined {
  const v = (value ?? '').trim().toLowerCase().replace(/\s+/g, '').replace(/[–—]/g, '-');
  if (v === '') return undefined;
  if (v === '0' || v === '0-0' || v === 'ingenansatte' || v === 'ingen') return '0';
  if (v === '1-1') return '1';
  if (v === '1000-999999' || v === '1000-' || v === '1000ogderover') return '1000+';
  return isEmployeesBand(v) ? v : null;
}
