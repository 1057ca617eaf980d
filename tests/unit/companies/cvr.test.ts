import { describe, expect, it } from 'vitest';
import { isValidCvr, normaliseCvr } from '@/lib/companies/cvr';
import { profileSchema } from '@/lib/companies/schema';

describe('CVR numbers (modulus 11, weights 2,7,6,5,4,3,2,1)', () => {
  it.each(['13748136', '24256790'])('accepts the valid number %s', (cvr) => {
    expect(isValidCvr(cvr)).toBe(true);
  });

  it.each([
    ['24256791', 'fails the check digit'],
    ['1374813', 'has 7 digits'],
    ['137481366', 'has 9 digits'],
    ['1374813a', 'has a letter'],
    ['00000000', 'starts with 0'],
    ['', 'is empty'],
  ])('refuses %s, which %s', (cvr) => {
    expect(isValidCvr(cvr)).toBe(false);
  });

  it('reads the number as people type it', () => {
    expect(normaliseCvr('DK 13 74 81 36')).toBe('13748136');
    expect(normaliseCvr(' 1374-8136 ')).toBe('13748136');
  });

  it('gives the form a clear cvr message for an invalid number, and keeps a valid one normalised', () => {
    const base = { name: 'Maria Lund', companyName: 'Lys ApS' };
    const bad = profileSchema.safeParse({ ...base, cvr: '24256791' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues.find((i) => i.path[0] === 'cvr')?.message).toBe('cvr');
    expect(profileSchema.parse({ ...base, cvr: 'DK24256790' }).cvr).toBe('24256790');
  });
});

describe('the rest of the profile form', () => {
  const base = { name: 'Maria Lund', cvr: '13748136' };
  it('turns empty optional fields into nothing and a bare domain into an https address', () => {
    const parsed = profileSchema.parse({ ...base, companyName: '', employees: '', website: 'lysteknik.dk', postalCode: '' });
    expect(parsed).toMatchObject({ companyName: null, employees: null, website: 'https://lysteknik.dk', postalCode: null });
  });
  it('refuses a negative number of employees, a javascript: address and a five-digit postal code', () => {
    const parsed = profileSchema.safeParse({ ...base, employees: '-3', website: 'javascript:alert(1)', postalCode: '26200' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.path[0]).sort()).toEqual(['employees', 'postalCode', 'website']);
  });
});
