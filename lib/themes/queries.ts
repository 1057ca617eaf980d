// Reads of themes for the public pages.
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { themes } from '@/db/schema';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';

export async function readAcceptedThemes(db: DbOrTx) {
  return db
    .select({ id: themes.id, title: themes.title, category: themes.category, description: themes.description })
    .from(themes)
    .where(eq(themes.status, 'accepted'))
    .orderBy(asc(themes.createdAt), asc(themes.title));
}

export const getAcceptedThemes = cachedQuery(
  async () => readAcceptedThemes(await getDb()),
  ['accepted-themes'],
  () => [cacheTags.themes],
);
