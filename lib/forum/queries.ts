// Reads of the forum's own facts (chair, secretariat, contact). Cached: they change rarely.
import 'server-only';
import { getDb, type DbOrTx } from '@/db/client';
import { forumSettings } from '@/db/schema';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';

export type ForumSettings = typeof forumSettings.$inferSelect;

export async function readForumSettings(db: DbOrTx): Promise<ForumSettings | null> {
  const [row] = await db.select().from(forumSettings).limit(1);
  return row ?? null;
}

export const getForumSettings = cachedQuery(
  async () => readForumSettings(await getDb()),
  ['forum-settings'],
  () => [cacheTags.settings],
);
