// Reading a CVR extract: Danish Excel's ";" with a byte order mark, or ",", headers in any case
// and spacing and in any order; the employee bands and business areas the import derives.
import { describe, expect, it } from 'vitest';
import { demoDirectory, demoDirectoryCsv } from '@/db/seed/demo-directory';
import { isValidCvr } from '@/lib/companies/cvr';
import { businessAreaFor } from '@/lib/directory/business-areas';
import { normaliseEmployeesBand } from '@/lib/directory/employee-bands';
import { parseCvrExtract } from '@/lib/directory/parse-cvr-extract';

describe('parseCvrExtract', () => {
  it('reads the sample extract (";", BOM, CRLF) line by line, the header being line 1', () => {
    const parsed = parseCvrExtract(demoDirectoryCsv());
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.rows).toHaveLength(300);
    expect(parsed.rows[0]).toEqual({ line: 2, values: { ...demoDirectory()[0] } });
  });

  it('reads "," files with headers in another order, case and spacing, and quoted values', () => {
    const parsed = parseCvrExtract(' EMAIL , Navn,cvr-nummer\r\n"info@a.example","Firma, med komma ApS",13748136\r\n\r\n');
    expect(parsed).toEqual({ ok: true, rows: [{ line: 2, values: { email: 'info@a.example', name: 'Firma, med komma ApS', cvr: '13748136' } }] });
  });

  it('says what is wrong with an empty file or missing columns', () => {
    expect(parseCvrExtract('')).toEqual({ ok: false, error: 'emptyFile' });
    expect(parseCvrExtract('\uFEFFCVR-nummer;Navn\r\n')).toEqual({ ok: false, error: 'emptyFile' });
    expect(parseCvrExtract('Navn;Adresse\nA;B\n')).toEqual({ ok: false, error: 'wrongColumns', missing: ['cvr'] });
  });
});

describe('the derived fields', () => {
  it('normalises the register’s employee bands and refuses unknown ones', () => {
    expect(normaliseEmployeesBand('10 - 19')).toBe('10-19');
    expect(normaliseEmployeesBand('1000-999999')).toBe('1000+');
    expect(normaliseEmployeesBand('Ingen ansatte')).toBe('0');
    expect(normaliseEmployeesBand('')).toBeUndefined();
    expect(normaliseEmployeesBand('mange')).toBeNull();
  });

  it('places addresses in Albertslund’s business areas, "andet" outside the table or the town', () => {
    expect(businessAreaFor('Herstedvang 12', '2620')).toBe('vest');
    expect(businessAreaFor('Bibliotekstorvet 1, 1. sal', '2620')).toBe('centrum');
    expect(businessAreaFor('Fabriksparken 40', '2600')).toBe('andet');
    expect(businessAreaFor('Ukendt Vej 1', '2620')).toBe('andet');
  });

  it('generates the same demo directory every time, with valid CVR numbers', () => {
    expect(demoDirectoryCsv()).toBe(demoDirectoryCsv(demoDirectory()));
    expect(demoDirectory().every((c) => isValidCvr(c.cvr))).toBe(true);
    expect(demoDirectory()[0].cvr).toBe('41001011');
  });
});
