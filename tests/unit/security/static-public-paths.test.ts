// Every page under app/[locale]/(public) is cached, so proxy.ts must not give it a nonce (its
// cached HTML carries none and the browser would refuse its scripts). This fails when a public
// page is added without an entry in lib/security/static-public-paths.ts.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStaticPublicPath, staticPublicRoutes } from '@/lib/security/static-public-paths';

const publicDir = path.resolve(__dirname, '../../../app/[locale]/(public)');

function pageRoutes(dir: string, route = ''): string[] {
  const routes: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isFile() && /^page\.(tsx|ts|jsx|js|mdx)$/.test(entry.name)) routes.push(route || '/');
    // Private folders (_components) and route groups ((x)) add no segment to the URL.
    if (entry.isDirectory() && !entry.name.startsWith('_')) {
      const segment = /^\(.*\)$/.test(entry.name) ? '' : `/${entry.name}`;
      routes.push(...pageRoutes(path.join(dir, entry.name), route + segment));
    }
  }
  return routes;
}

describe('the list of cached public pages', () => {
  it('names exactly the pages under app/[locale]/(public)', () => {
    expect([...staticPublicRoutes].sort()).toEqual(pageRoutes(publicDir).sort());
  });

  it.each(['/', '/en', '/en/', '/meetings', '/en/meetings/moede-2026-05-01', '/themes/category/smes', '/articles/x', '/da/privacy'])(
    'treats %s as a cached page',
    (pathname) => expect(isStaticPublicPath(pathname)).toBe(true),
  );

  it.each(['/admin', '/en/admin/themes', '/portal', '/signin', '/signin/confirm', '/council', '/meetings/x/y', '/themes/category', '/no-such-page', '/english', '/enx/meetings'])(
    'gives %s a nonce (rendered per request)',
    (pathname) => expect(isStaticPublicPath(pathname)).toBe(false),
  );
});
