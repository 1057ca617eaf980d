// Reads of accepted themes (newest first) for the public /themes page: category, the meetings they are on,
// and how many companies support them. Two queries in all, however many themes there are.
import 'server-only';
import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import { getDb, type DbOrTx } from '@/db/client';
import { meetings, meetingThemes, themes, themeSupports } from '@/db/schema';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';
import { publishedThemeDescription, publishedThemeTitle } from '@/lib/themes/published-wording';

export async function readPublicThemes(db: DbOrTx) {
  const rows = await db
    .select({
      id: themes.id,
      title: publishedThemeTitle,
      description: publishedThemeDescription,
      category: themes.category,
      supporters: count(themeSupports.companyId),
    })
    .from(themes)
    .leftJoin(themeSupports, eq(themeSupports.themeId, themes.id))
    .where(eq(themes.status, 'accepted'))
    .groupBy(themes.id)
    .orderBy(desc(themes.createdAt), asc(themes.title));
  const ids = rows.map((r) => r.id);
  const links = ids.length
    ? await db
        .select({
          themeId: meetingThemes.themeId,
          slug: meetings.slug,
          title: meetings.title,
          startsAt: meetings.startsAt,
          status: meetings.status,
        })
        .from(meetingThemes)
        .innerJoin(meetings, eq(meetings.id, meetingThemes.meetingId))
        .where(and(inArray(meetingThemes.themeId, ids), ne(meetings.status, 'draft')))
        .orderBy(asc(meetings.startsAt))
    : [];
  return rows.map((row) => ({
    ...row,
    meetings: links.filter((l) => l.themeId === row.id).map(({ themeId, ...m }) => m),
  }));
}

export type PublicTheme = Awaited<ReturnType<typeof readPublicThemes>>[number];

export const getPublicThemes = cachedQuery(
  async () => readPublicThemes(await getDb()),
  ['public-themes'],
  () => [cacheTags.themes, cacheTags.meetings],
);

/** The themes a company supports, and its own accepted themes (which it cannot support). */
export async function readCompanySupportState(db: DbOrTx, companyId: string) {
  const [supported, own] = await Promise.all([
    db.select({ themeId: themeSupports.themeId }).from(themeSupports).where(eq(themeSupports.companyId, companyId)),
    db.select({ id: themes.id }).from(themes).where(and(eq(themes.companyId, companyId), eq(themes.status, 'accepted'))),
  ]);
  return { supported: supported.map((r) => r.themeId), own: own.map((r) => r.id) };
}
