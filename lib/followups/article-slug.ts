// The public address of an article: its title's slug (lib/format/slug-from-title.ts), made
// unique among articles.
import 'server-only';
import { like, or, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { followups } from '@/db/schema';
import { slugFromTitle } from '@/lib/format/slug-from-title';

/** Articles keep their shorter addresses. */
const ARTICLE_SLUG_MAX = 80;

export async function uniqueArticleSlug(db: DbOrTx, title: string, fallback: string): Promise<string> {
  const base = slugFromTitle(title, ARTICLE_SLUG_MAX) || fallback;
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
