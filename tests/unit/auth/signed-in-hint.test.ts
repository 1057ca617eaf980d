import { describe, expect, it } from 'vitest';
import { hasSignedInHint, signedInHintRepair } from '@/lib/auth/signed-in-hint';

const jar = (...names: string[]) => ({ has: (name: string) => names.includes(name) });

describe('the signed-in hint', () => {
  it('is set for a browser that has a session cookie and no hint', () => {
    expect(signedInHintRepair(jar('authjs.session-token'))).toBe('set');
    expect(signedInHintRepair(jar('__Secure-authjs.session-token'))).toBe('set');
  });

  it('is cleared for a browser whose session cookie is gone', () => {
    expect(signedInHintRepair(jar('ef-signed-in'))).toBe('clear');
  });

  it('is left alone when it agrees with the session cookie', () => {
    expect(signedInHintRepair(jar('authjs.session-token', 'ef-signed-in'))).toBeNull();
    expect(signedInHintRepair(jar())).toBeNull();
    expect(signedInHintRepair(jar('NEXT_LOCALE'))).toBeNull();
  });

  it('is read from document.cookie by its exact name', () => {
    expect(hasSignedInHint('NEXT_LOCALE=en; ef-signed-in=1')).toBe(true);
    expect(hasSignedInHint('ef-signed-in=1')).toBe(true);
    expect(hasSignedInHint('NEXT_LOCALE=en; not-ef-signed-in=1')).toBe(false);
    expect(hasSignedInHint('')).toBe(false);
  });
});
