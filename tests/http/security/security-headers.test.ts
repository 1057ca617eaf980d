// Security headers on every kind of response of the production server: cached public pages carry
// a policy with the hashes of exactly their inline scripts, pages rendered per request a fresh
// nonce on every script, and API routes, feeds and 404s their headers too.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { isStaticPublicPath } from '@/lib/security/static-public-paths';
import { signedInClient } from '../../support/http-client';

const baseUrl = inject('baseUrl');
let meetingPath = '';

beforeAll(async () => {
  const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  meetingPath = /\/meetings\/moede-[0-9-]+(?=<)/.exec(sitemap)![0];
});

/** Headers every response must have, page or not. */
function expectCommonHeaders(res: Response, url: string) {
  expect(res.headers.get('x-content-type-options'), url).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), url).toBe('same-origin');
  expect(res.headers.get('x-frame-options'), url).toBe('DENY');
  // The test server runs NODE_ENV=production (the unit test covers development).
  expect(res.headers.get('strict-transport-security'), url).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  const policy = res.headers.get('content-security-policy') ?? '';
  // One policy, not two stacked ones (a page cache policy plus a proxy policy would both apply).
  expect(policy.split(',').length, url).toBe(1);
  expect(policy, url).toContain("frame-ancestors 'none'");
  return policy;
}

const directive = (policy: string, name: string) =>
  policy.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(([, attrs]) => !/\bsrc=/.test(attrs)).map(([, , body]) => body);

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('a cached public page', () => {
  for (const page of ['/meetings', '/en', 'meeting']) {
    it(`allows exactly its own inline scripts by hash (${page})`, async () => {
      const url = `${baseUrl}${page === 'meeting' ? meetingPath : page}`;
      await fetch(url);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('x-nextjs-cache'), 'served from the cache').toBe('HIT');
      const scriptSrc = directive(expectCommonHeaders(res, url), 'script-src');
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
      const allowed = scriptSrc.split(' ').filter((s) => s.startsWith("'sha256-")).sort();
      const scripts = inlineScripts(await res.text());
      expect(scripts.length).toBeGreaterThan(2);
      expect([...new Set(scripts.map(sha256))].sort()).toEqual(allowed);
    });
  }

  it('is cacheable by shared caches (no per-request nonce)', async () => {
    const res = await fetch(`${baseUrl}/meetings`);
    expect(res.headers.get('cache-control')).toMatch(/s-maxage=/);
    expect(await res.text()).not.toMatch(/nonce="/);
  });
});

describe('a page rendered per request', () => {
  const nonceOf = (policy: string) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(directive(policy, 'script-src'))?.[1];

  it('gets a fresh nonce on every request, on every script, and is never stored', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${baseUrl}/signin`);
      expect(res.status).toBe(200);
      const policy = expectCommonHeaders(res, '/signin');
      expect(directive(policy, 'script-src')).toMatch(/^script-src 'self' 'nonce-[^']{22,}' 'strict-dynamic'$/);
      expect(res.headers.get('cache-control')).toMatch(/no-store/);
      const nonce = nonceOf(policy)!;
      const tags = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
      expect(tags.length).toBeGreaterThan(2);
      for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('does the same for a signed-in admin page', async () => {
    const admin = await signedInClient(baseUrl, 'erhverv@albertslund.test');
    const res = await admin.request('/admin');
    expect(res.status).toBe(200);
    const policy = expectCommonHeaders(res, '/admin');
    expect(directive(policy, 'script-src')).toMatch(/'nonce-[^']+' 'strict-dynamic'$/);
    expect(res.headers.get('cache-control')).toMatch(/private.*no-store|no-store.*private/);
    expect(await res.text()).toContain(`nonce="${nonceOf(policy)}"`);
  });
});

describe('responses that are not pages', () => {
  it.each(['/api/me', '/feeds/articles.xml', '/feeds/meetings.ics', '/sitemap.xml', '/robots.txt'])('%s lets nothing run', async (p) => {
    const res = await fetch(`${baseUrl}${p}`);
    expect(res.status).toBe(200);
    expect(expectCommonHeaders(res, p)).toContain("default-src 'none'");
  });

  it('gives 404 pages their headers too, rendered per request or cached', async () => {
    for (const p of ['/findes-ikke', '/en/no/such/page', '/meetings/findes-ikke', '/findes-ikke.txt']) {
      const res = await fetch(`${baseUrl}${p}`);
      expect(res.status, p).toBe(404);
      const policy = expectCommonHeaders(res, p);
      const html = await res.text();
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      // Whichever kind of 404 it is, its scripts are allowed by the policy it came with.
      if (nonce) for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag, p).toContain(`nonce="${nonce}"`);
      else for (const script of inlineScripts(html)) expect(policy, p).toContain(sha256(script));
    }
  });
});

describe('the list of cached pages the proxy gives no nonce', () => {
  it('covers every page the build prerenders, and only those', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../.next/prerender-manifest.json'), 'utf8')) as {
      dynamicRoutes: Record<string, unknown>;
    };
    const cached = Object.keys(manifest.dynamicRoutes)
      .filter((route) => route.startsWith('/[locale]'))
      // An [id] is a UUID (see static-public-paths.ts); any other segment stands for itself.
      .map((route) => route.replace('/[locale]', '').replace(/\[id\]/g, '00000000-0000-4000-8000-000000000000').replace(/\[[^\]]+\]/g, 'x') || '/');
    expect(cached.length).toBeGreaterThan(5);
    for (const route of cached) expect(isStaticPublicPath(route), route).toBe(true);
    for (const dynamic of ['/admin', '/portal', '/council', '/signin', '/signin/confirm', '/dev/mailbox']) {
      expect(isStaticPublicPath(dynamic), dynamic).toBe(false);
    }
  });
});
