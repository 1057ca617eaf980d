// The portal over HTTP: the data export belongs to the signed-in person alone, another person's
// theme cannot be opened, and a first-time person is asked for their company first.
import { describe, expect, inject, it } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';

const baseUrl = inject('baseUrl');

describe('the company portal', () => {
  it('exports my data as a JSON file, with nothing of anyone else', async () => {
    const client = await signedInClient(baseUrl, 'direktoer@lysteknik.test');
    const res = await client.request('/api/portal/export');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="erhvervsforum-mine-data-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const data = await res.json();
    expect(data.person.email).toBe('direktoer@lysteknik.test');
    expect(data.company.cvr).toBe('13748136');
    expect(data.registrations.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(data)).not.toContain('hersted-plast');
  });

  it('refuses the export to a signed-out visitor and to a council member', async () => {
    expect((await new HttpClient(baseUrl).request('/api/portal/export')).status).toBe(401);
    const council = await signedInClient(baseUrl, 'byraad@albertslund.test');
    expect((await council.request('/api/portal/export')).status).toBe(403);
  });

  it('answers "not found" for a theme that is not mine', async () => {
    const client = await signedInClient(baseUrl, 'indkoeb@hersted-plast.test');
    expect((await client.request(`/portal/themes/${crypto.randomUUID()}/edit`)).status).toBe(404);
  });

  it('sends a first-time company person to the profile before anything else', async () => {
    const client = await signedInClient(baseUrl, `first-${Date.now().toString(36)}@virksomhed.test`);
    const res = await client.request('/portal');
    expect(res.status).toBe(307);
    expect(res.headers.get('location')).toMatch(/\/portal\/profile$/);
    const themes = await client.request('/portal/themes/new');
    expect(decodeURIComponent(themes.headers.get('location') ?? '')).toMatch(/\/portal\/profile\?next=\/portal\/themes\/new$/);
    expect((await client.request('/portal/profile')).status).toBe(200);
  });
});
