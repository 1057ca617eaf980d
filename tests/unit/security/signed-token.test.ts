// Codes in links that work without signing in: a code only opens what it was made for.
import { describe, expect, it } from 'vitest';
import { readCode, signCode } from '@/lib/security/signed-token';

describe('signed link codes', () => {
  it('gives back the subject of a code made for the same purpose', () => {
    const code = signCode('unsubscribe', 'Anne@Firma.dk');
    expect(readCode('unsubscribe', code)).toBe('Anne@Firma.dk');
  });

  it('refuses a code made for another purpose', () => {
    expect(readCode('council-rsvp', signCode('unsubscribe', 'anne@firma.dk'))).toBeNull();
  });

  it('refuses a code whose subject was changed', () => {
    const [, mac] = signCode('unsubscribe', 'anne@firma.dk').split('.');
    const forged = `${Buffer.from('bo@firma.dk').toString('base64url')}.${mac}`;
    expect(readCode('unsubscribe', forged)).toBeNull();
  });

  it('refuses damaged, empty and overlong codes', () => {
    const code = signCode('unsubscribe', 'anne@firma.dk');
    expect(readCode('unsubscribe', code.slice(0, -2))).toBeNull();
    expect(readCode('unsubscribe', '')).toBeNull();
    expect(readCode('unsubscribe', null)).toBeNull();
    expect(readCode('unsubscribe', 'no-dot-here')).toBeNull();
    expect(readCode('unsubscribe', `${code}${'x'.repeat(3000)}`)).toBeNull();
  });
});
