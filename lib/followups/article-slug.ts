// The public address of an article: its title in Danish-friendly ASCII (æ → ae, ø → oe, å → aa),
// made unique among articles.
import 'server-only';
import slugify from '@sindresorhus/slugify';
import { like, or, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { followups } from '@/db/schema';

const danish: [string, string][] = [
  ['æ', 'ae'],
  ['Æ', 'Ae'],
  ['ø', 'oe'],
  ['Ø', 'Oe'],
  ['å', 'aa'],
  ['Å', 'Aa'],
  ['&', ' og '],
];

export function articleSlugFrom(title: string): string {
  return slugify(title, { decamelize: false, customReplacements: danish }).slice(0, 80).replace(/-+$/, '');
}

export async function uniqueArticleSlug(db: DbOrTx, title: string, fallback: string): Promise<string> {
  const base = articleSlugFrom(title) || fallback;
  const taken = new Set(
    (
      await db
        .select({ slug: followups.slug })
        .from(followups)
        .where(or(eq(followups.slug, base), like(followups.slug, `${base}-%`)))
    ).map((r) => r.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
