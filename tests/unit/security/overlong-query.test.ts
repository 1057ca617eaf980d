// An over-long query is cut by a redirect to values still over every field's limit, so the page
// names the field; ordinary addresses and form posts pass untouched; route handlers refuse it.
import { describe, expect, it } from 'vitest';
import { CUT_QUERY_VALUE, MAX_QUERY_LENGTH, overlongQueryRedirect, overlongQueryRefusal } from '@/lib/http/overlong-query';

describe('over-long query values', () => {
  it('redirects a GET with a 100,000-character value to the same page with the value cut', () => {
    const res = overlongQueryRedirect(new URL(`http://x.test/admin/audit?action=theme.merge&actor=${'a'.repeat(100_000)}`), 'GET');
    expect(res?.status).toBe(303);
    const location = new URL(res!.headers.get('location')!);
    expect(location.origin).toBe('http://x.test');
    expect(location.pathname).toBe('/admin/audit');
    expect(location.searchParams.get('action')).toBe('theme.merge');
    expect(location.searchParams.get('actor')).toHaveLength(CUT_QUERY_VALUE);
  });

  it('cuts many long-ish values that together are too long', () => {
    const value = encodeURIComponent('[['.repeat(900));
    const res = overlongQueryRedirect(new URL(`http://x.test/admin/audit?a=${value}&b=${value}&c=${value}`), 'GET');
    expect(res!.headers.get('location')!.length).toBeLessThan(MAX_QUERY_LENGTH);
  });

  it('leaves ordinary addresses and posts alone', () => {
    expect(overlongQueryRedirect(new URL(`http://x.test/admin/audit?actor=${'a'.repeat(2_000)}`), 'GET')).toBeUndefined();
    expect(overlongQueryRedirect(new URL(`http://x.test/admin/audit?actor=${'a'.repeat(100_000)}`), 'POST')).toBeUndefined();
  });
});

describe('over-long query values to route handlers', () => {
  it('refuses them with 414 instead of cutting a token or callback address', () => {
    expect(overlongQueryRefusal(new URL(`http://x.test/api/auth/signin?callbackUrl=${'A'.repeat(32 * 1024)}`))?.status).toBe(414);
    expect(overlongQueryRefusal(new URL('http://x.test/api/auth/signin?callbackUrl=%2Fportal'))).toBeUndefined();
  });
});
