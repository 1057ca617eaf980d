// Each demo user lands in the area of their role, and every other area refuses them.
import { inject, describe, expect, it, beforeAll } from 'vitest';
import { HttpClient, signedInClient } from '../../support/http-client';

const baseUrl = inject('baseUrl');

const demo = {
  company: 'direktoer@lysteknik.test',
  council: 'byraad@albertslund.test',
  secretariat: 'erhverv@albertslund.test',
  chair: 'borgmester@albertslund.test',
} as const;

const allowed: Record<string, (keyof typeof demo)[]> = {
  '/portal': ['company'],
  '/council': ['council', 'secretariat', 'chair'],
  '/admin': ['secretariat', 'chair'],
};

const landing: Record<keyof typeof demo, string> = {
  company: '/portal',
  council: '/council',
  secretariat: '/admin',
  chair: '/admin',
};

describe('areas by role', () => {
  const clients = {} as Record<keyof typeof demo, HttpClient>;
  beforeAll(async () => {
    for (const role of Object.keys(demo) as (keyof typeof demo)[]) {
      clients[role] = await signedInClient(baseUrl, demo[role]);
    }
  });

  for (const role of Object.keys(demo) as (keyof typeof demo)[]) {
    it(`lands a ${role} in ${landing[role]} after sign-in`, async () => {
      const res = await clients[role].request('/signin/continue');
      expect(res.headers.get('location')).toMatch(new RegExp(`${landing[role]}$`));
    });

    for (const [area, roles] of Object.entries(allowed)) {
      const ok = roles.includes(role);
      it(`${ok ? 'lets' : 'refuses'} a ${role} ${ok ? 'into' : 'from'} ${area}`, async () => {
        const res = await clients[role].request(area);
        expect(res.status).toBe(ok ? 200 : 403);
        if (!ok) expect(await res.text()).toContain('Ingen adgang');
      });
    }
  }

  for (const area of Object.keys(allowed)) {
    it(`sends a signed-out visitor of ${area} to sign in and back`, async () => {
      const res = await new HttpClient(baseUrl).request(area);
      expect(res.status).toBe(307);
      expect(res.headers.get('location')).toContain(`/signin?callbackUrl=${encodeURIComponent(area)}`);
    });
  }

  it('shows a designed 404 page for an unknown path', async () => {
    const res = await new HttpClient(baseUrl).request('/findes-ikke');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Siden findes ikke');
  });
});
