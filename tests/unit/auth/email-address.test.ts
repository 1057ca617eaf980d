import { describe, expect, it } from 'vitest';
import { emailAddressSchema } from '@/lib/auth/email-address';
import { parseAdminEmails } from '@/lib/auth/roles-on-sign-in';
import { safeReturnPath } from '@/lib/auth/safe-return-path';

describe('sign-in email addresses', () => {
  it('accepts a plain address and lower-cases it', () => {
    expect(emailAddressSchema.parse('  Maria.Lund@Firma.DK ')).toBe('maria.lund@firma.dk');
  });

  it.each(['a@x,b@y.dk', '"a@x"@y.dk', 'navn＠firma.dk', 'navn@firma', 'navn firma@x.dk', '', 'a@b.dk\nc@d.dk'])(
    'refuses %j',
    (input) => {
      expect(emailAddressSchema.safeParse(input).success).toBe(false);
    },
  );
});

describe('the ADMIN_EMAILS bootstrap', () => {
  it('reads chair and secretariat addresses', () => {
    const map = parseAdminEmails('Borgmester@x.dk:chair, staff@x.dk');
    expect(map.get('borgmester@x.dk')).toBe('chair');
    expect(map.get('staff@x.dk')).toBe('secretariat');
  });
});

describe('return paths after sign-in', () => {
  it.each([
    ['/meetings/moede', '/meetings/moede'],
    ['https://evil.example/', undefined],
    ['//evil.example', undefined],
    ['/\\evil.example', undefined],
    [undefined, undefined],
  ])('%j → %j', (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
