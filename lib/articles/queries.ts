// Reads of published articles (the article follow-up of a held meeting) for public pages.
import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { followups, meetings } from '@/db/schema';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';

const published = and(eq(followups.kind, 'article'), eq(followups.status, 'dispatched'), isNull(followups.unpublishedAt));

const articleColumns = {
  id: followups.id,
  slug: followups.slug,
  title: followups.title,
  lead: followups.lead,
  publishedAt: followups.dispatchedAt,
  meetingSlug: meetings.slug,
  meetingTitle: meetings.title,
};

export async function readLatestArticles(db: DbOrTx, limit = 3) {
  return db
    .select(articleColumns)
    .from(followups)
    .innerJoin(meetings, eq(meetings.id, followups.meetingId))
    .where(published)
    .orderBy(desc(followups.dispatchedAt))
    .limit(limit);
}

export async function readArticleForMeeting(db: DbOrTx, meetingId: string) {
  const [row] = await db
    .select(articleColumns)
    .from(followups)
    .innerJoin(meetings, eq(meetings.id, followups.meetingId))
    .where(and(published, eq(followups.meetingId, meetingId)));
  return row ?? null;
}

export const getLatestArticles = cachedQuery(
  async (limit: number) => readLatestArticles(await getDb(), limit),
  ['latest-articles'],
  () => [cacheTags.articles],
);

export const getArticleForMeeting = cachedQuery(
  async (meetingId: string) => readArticleForMeeting(await getDb(), meetingId),
  ['article-for-meeting'],
  () => [cacheTags.articles],
);

/** Every published article, newest first, for /articles. */
export async function readPublishedArticles(db: DbOrTx, limit = 200) {
  return readLatestArticles(db, limit);
}

export async function readArticleBySlug(db: DbOrTx, slug: string) {
  const [row] = await db
    .select({ ...articleColumns, body: followups.body, updatedAt: followups.updatedAt, meetingStartsAt: meetings.startsAt })
    .from(followups)
    .innerJoin(meetings, eq(meetings.id, followups.meetingId))
    .where(and(published, eq(followups.slug, slug)));
  return row ?? null;
}

/** The newest articles with their text, for the RSS/Atom feed. */
export async function readArticlesForFeed(db: DbOrTx, limit = 50) {
  return db
    .select({ ...articleColumns, body: followups.body, updatedAt: followups.updatedAt })
    .from(followups)
    .innerJoin(meetings, eq(meetings.id, followups.meetingId))
    .where(published)
    .orderBy(desc(followups.dispatchedAt))
    .limit(limit);
}

export const getPublishedArticles = cachedQuery(
  async () => readPublishedArticles(await getDb()),
  ['published-articles'],
  () => [cacheTags.articles],
);

export const getArticleBySlug = cachedQuery(
  async (slug: string) => readArticleBySlug(await getDb(), slug),
  ['article-by-slug'],
  () => [cacheTags.articles],
);

export const getArticlesForFeed = cachedQuery(
  async () => readArticlesForFeed(await getDb()),
  ['articles-feed'],
  () => [cacheTags.articles],
);
