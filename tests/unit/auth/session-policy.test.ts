import { describe, expect, it } from 'vitest';
import { sessionCookieName, sessionIsLive } from '@/lib/auth/session-policy';

describe('the session cookie Auth.js sets', () => {
  it('is the __Secure- one on an https site, whatever the request claims', () => {
    expect(sessionCookieName('https://erhverv.albertslund.dk', 'http')).toBe('__Secure-authjs.session-token');
    expect(sessionCookieName('http://localhost:3000', 'https')).toBe('authjs.session-token');
  });

  it('follows the forwarded protocol without AUTH_URL, and https when none is given', () => {
    expect(sessionCookieName(undefined, 'http')).toBe('authjs.session-token');
    expect(sessionCookieName(undefined, 'https')).toBe('__Secure-authjs.session-token');
    expect(sessionCookieName(undefined, null)).toBe('__Secure-authjs.session-token');
  });
});

describe('whether a session still counts', () => {
  const now = new Date('2026-11-30T12:00:00Z');
  it('counts up to its expiry and not after', () => {
    expect(sessionIsLive({ expires: now, deactivatedAt: null }, now)).toBe(true);
    expect(sessionIsLive({ expires: new Date(now.getTime() - 1), deactivatedAt: null }, now)).toBe(false);
  });

  it('does not count for a deactivated user', () => {
    expect(sessionIsLive({ expires: new Date(now.getTime() + 1000), deactivatedAt: now }, now)).toBe(false);
  });
});
