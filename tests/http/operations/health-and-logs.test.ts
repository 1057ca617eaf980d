// GET /api/health for load balancers and monitoring, and the request id every page answers with.
import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('the health check', () => {
  it('answers 200 with the database, migration and outbox state and no personal data', async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const body = await response.json();
    expect(body).toMatchObject({ status: 'ok', database: 'ok', migrations: 'current' });
    expect(typeof body.outbox.pending).toBe('number');
    expect(Object.keys(body).sort()).toEqual(['database', 'migrations', 'outbox', 'status']);
    expect(JSON.stringify(body)).not.toContain('@');
  });
});

describe('request ids', () => {
  it('gives every page response a request id, and keeps a sane one from the load balancer', async () => {
    const fresh = await fetch(`${baseUrl}/signin`);
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const given = await fetch(`${baseUrl}/signin`, { headers: { 'x-request-id': 'lb-req-0001-abcd' } });
    expect(given.headers.get('x-request-id')).toBe('lb-req-0001-abcd');
    // Markup, spaces that would fake a log field and an overlong id are each replaced by one of our
    // own. (A NUL byte cannot be sent at all: fetch refuses it before the request leaves.)
    for (const hostile of ['x<script>alert(1)</script>', 'lb-req-0001 level=error fake', 'a'.repeat(500)]) {
      const answer = await fetch(`${baseUrl}/signin`, { headers: { 'x-request-id': hostile } });
      expect(answer.headers.get('x-request-id'), hostile).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
