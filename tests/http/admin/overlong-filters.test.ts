// A search filter of 100,000 characters in the URL (a pasted or crafted link) gets the page with
// a clear message next to the field, and the list is not run; before, Node refused the request
// line with a bare 431 and the browser showed its own error page. The proxy cuts such a value (to
// a length still over every limit) by a redirect, so no answer echoes 100,000 characters.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpClient } from '../../support/http-client';
import { signedInClient } from '../../support/http-client';
import { demoEmails, discoverUpcomingMeeting } from '../../support/matrix-sessions';

const baseUrl = inject('baseUrl');
const long = 'a'.repeat(100_000);
let secretariat: HttpClient;
let meetingId = '';

/** The page a person gets for the long address: the answer after the proxy's redirect, if any. */
async function get(path: string): Promise<{ status: number; html: string }> {
  const res = await secretariat.follow(path);
  return { status: res.status, html: await res.text() };
}

beforeAll(async () => {
  secretariat = await signedInClient(baseUrl, demoEmails.secretariat);
  meetingId = (await discoverUpcomingMeeting(secretariat)).id;
});

describe('over-long search filters', () => {
  it('refuses a 100,000-character person filter on the audit log with the field’s message', async () => {
    const { status, html } = await get(`/admin/audit?actor=${long}`);
    expect(status).toBe(200);
    expect(html).toContain('>Filteret er for langt');
    expect(html).toMatch(/id="audit-actor-error"[^>]*>.*Må højst være 200 tegn/s);
    expect(html).toContain('aria-invalid="true"');
    expect(html).not.toContain('<table');
    expect(html).not.toMatch(/id="audit-actor"[^>]*value="a{1000}/);
  });

  it('refuses a 100,000-character search on the registrations list, in English too', async () => {
    for (const [prefix, refused, tooLong] of [
      ['', 'Søgningen er for lang', 'Må højst være 200 tegn'],
      ['/en', 'The search is too long', 'at most 200 characters'],
    ]) {
      const { status, html } = await get(`${prefix}/admin/meetings/${meetingId}/registrations?q=${long}`);
      expect(status, prefix).toBe(200);
      expect(html, prefix).toContain(`>${refused}`);
      expect(html, prefix).toContain('id="reg-q-error"');
      expect(html, prefix).toContain(tooLong);
      expect(html, prefix).not.toMatch(/id="reg-q"[^>]*value="a{1000}/);
    }
  });

  it('refuses it on the users and themes lists too, next to their search fields', async () => {
    for (const [path, field] of [['/admin/users', 'user-q'], ['/admin/themes', 'theme-q']]) {
      const { status, html } = await get(`${path}?q=${long}`);
      expect(status, path).toBe(200);
      expect(html, path).toMatch(new RegExp(`id="${field}-error"[^>]*>.*Må højst være 200 tegn`, 's'));
      expect(html, path).not.toMatch(new RegExp(`id="${field}"[^>]*value="a{1000}`));
    }
  });

  it('answers the long address with a short redirect, not a page that repeats it', async () => {
    const res = await secretariat.request(`/admin/audit?actor=${long}`);
    expect(res.status).toBe(303);
    const location = res.headers.get('location') ?? '';
    expect(location.length).toBeLessThan(1_000);
    expect(new URL(location, baseUrl).pathname).toBe('/admin/audit');
    expect(new URL(location, baseUrl).searchParams.get('actor')).toBe('a'.repeat(400));
  });

  it('still searches with a filter of normal length', async () => {
    const audit = await (await secretariat.request('/admin/audit?actor=albertslund')).text();
    expect(audit).not.toContain('>Filteret er for langt');
    expect(audit).not.toContain('id="audit-actor-error"');
    const list = await (await secretariat.request(`/admin/meetings/${meetingId}/registrations?q=${'b'.repeat(200)}`)).text();
    expect(list).not.toContain('>Søgningen er for lang');
    expect(list).not.toContain('id="reg-q-error"');
  });
});
