// A help text that names one of the site's own paths names one that exists, in both languages.
// (The article help text once said "/artikler", a 404: the site's paths are English in both.)
// tests/http/public/internal-links.test.ts crawls the running site's links; this check also covers
// texts a crawl does not reach (a page state the demo data never shows).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMessages } from '@/lib/i18n/messages';

const appDir = path.resolve(__dirname, '../../../app/[locale]');

/** Every page path of the app, with [param] segments as wildcards and (groups) left out. */
function routePatterns(dir: string, prefix = ''): RegExp[] {
  const patterns: RegExp[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (!statSync(full).isDirectory()) {
      if (name === 'page.tsx') patterns.push(new RegExp(`^${prefix || '/'}$`));
      continue;
    }
    if (name.startsWith('_')) continue;
    const segment = name.startsWith('(') ? '' : name.startsWith('[...') ? '/.+' : name.startsWith('[') ? '/[^/]+' : `/${name}`;
    if (name.startsWith('[...')) continue; // the catch-all 404 page matches anything
    patterns.push(...routePatterns(full, prefix + segment));
  }
  return patterns;
}

function strings(tree: unknown, at = ''): [string, string][] {
  if (typeof tree === 'string') return [[at, tree]];
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

/** "/articles" in running text; not URLs (https://…), fractions or the closing tags of rich text. */
const pathInText = /(?:^|[\s(«"“])(\/[a-zæøå][a-zæøå0-9-]*(?:\/[a-zæøå0-9-]+)*)(?=[\s,.;:)»"”]|$)/g;

describe('paths named in the message files', () => {
  const routes = routePatterns(appDir);

  it('knows the site’s routes', () => {
    expect(routes.some((r) => r.test('/articles'))).toBe(true);
    expect(routes.some((r) => r.test('/artikler'))).toBe(false);
  });

  for (const locale of ['da', 'en'] as const) {
    it(`names only paths that exist (${locale})`, () => {
      const unknown = strings(loadMessages(locale))
        .flatMap(([key, text]) => [...text.matchAll(pathInText)].map((m) => ({ key, path: m[1] })))
        .filter(({ path: p }) => !routes.some((route) => route.test(p)));
      expect(unknown).toEqual([]);
    });
  }
});
