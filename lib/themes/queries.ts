// Reads of themes for the public pages.
import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { themes } from '@/db/schema';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';
import { publishedThemeTitle } from '@/lib/themes/published-wording';

/** The newest accepted themes: the home page shows a few and links to /themes for the rest. */
export async function readLatestAcceptedThemes(db: DbOrTx, limit: number) {
  return db
    .select({ id: themes.id, title: publishedThemeTitle, category: themes.category })
    .from(themes)
    .where(eq(themes.status, 'accepted'))
    .orderBy(desc(themes.createdAt), desc(themes.title))
    .limit(limit);
}

export const getLatestAcceptedThemes = cachedQuery(
  async (limit: number) => readLatestAcceptedThemes(await getDb(), limit),
  ['latest-accepted-themes'],
  () => [cacheTags.themes],
);
