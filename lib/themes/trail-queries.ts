// Reads for a theme's own page and its trail, and for following themes. Nothing here writes.
// readThemePage is what /themes/[id] shows (only themes the public may read); getThemePage is the
// same read cached for everyone under the themes and meetings tags (a change to a theme, its
// meetings, their agendas or a briefing invalidates one of them).
import 'server-only';
import { and, asc, count, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type DbOrTx, getDb } from '@/db/client';
import { agendaItems, companies, followups, meetings, meetingThemes, themeFollows, themes, themeStepNotices, themeSupports, users } from '@/db/schema';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';
import { heldMeetings } from '@/lib/meetings/held-meetings';
import { publishedThemeDescription, publishedThemeTitle } from './published-wording';
import { publicTarget, publicTargetJoin, themeIsPublic } from './public-theme';
import { buildTrail, type TrailInput } from './trail-rules';

const target = alias(themes, 'merged_target');
const meetingColumns = { id: meetings.id, slug: meetings.slug, title: meetings.title, startsAt: meetings.startsAt };

/** The rows a theme's trail is built from (any status: the step emails need them too). */
export async function readTrailInput(db: DbOrTx, themeId: string, now = new Date()): Promise<TrailInput | null> {
  const [theme] = await db
    .select({
      createdAt: themes.createdAt,
      status: themes.status,
      decidedAt: themes.decidedAt,
      moderatorAnswer: themes.moderatorAnswer,
      outcome: themes.outcome,
      outcomeCaseNumber: themes.outcomeCaseNumber,
      outcomeAt: themes.outcomeAt,
      targetId: target.id,
      targetTitle: sql<string | null>`coalesce(${target.publicTitle}, ${target.title})`,
    })
    .from(themes)
    .leftJoin(target, eq(target.id, themes.mergedIntoId))
    .where(eq(themes.id, themeId));
  if (!theme) return null;
  const [mergedFrom, scheduled, discussed] = await Promise.all([
    db
      .select({ id: themes.id, title: publishedThemeTitle, at: themes.decidedAt })
      .from(themes)
      .where(and(eq(themes.mergedIntoId, themeId), eq(themes.status, 'merged')))
      .orderBy(asc(themes.decidedAt)),
    db
      .select({ ...meetingColumns, noticedAt: themeStepNotices.createdAt })
      .from(meetingThemes)
      .innerJoin(meetings, eq(meetings.id, meetingThemes.meetingId))
      .leftJoin(
        themeStepNotices,
        and(eq(themeStepNotices.themeId, meetingThemes.themeId), eq(themeStepNotices.stepKey, sql`'scheduled:' || ${meetings.id}::text`)),
      )
      .where(and(eq(meetingThemes.themeId, themeId), eq(meetings.status, 'published')))
      .orderBy(asc(meetings.startsAt)),
    db
      .select({ agendaItemId: agendaItems.id, agendaTitle: agendaItems.title, position: agendaItems.position, meeting: meetingColumns })
      .from(agendaItems)
      .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
      .where(and(eq(agendaItems.themeId, themeId), heldMeetings(now)))
      .orderBy(asc(meetings.startsAt), asc(agendaItems.position)),
  ]);
  const meetingIds = [...new Set([...scheduled.map((m) => m.id), ...discussed.map((d) => d.meeting.id)])];
  const reported = meetingIds.length
    ? await db
        .select({ followupId: followups.id, dispatchedAt: followups.dispatchedAt, caseNumber: followups.caseNumber, meeting: meetingColumns })
        .from(followups)
        .innerJoin(meetings, eq(meetings.id, followups.meetingId))
        .where(and(inArray(followups.meetingId, meetingIds), eq(followups.kind, 'briefing'), eq(followups.status, 'dispatched'), isNotNull(followups.dispatchedAt)))
    : [];
  const { targetId, targetTitle, ...rest } = theme;
  return {
    theme: { ...rest, mergedInto: targetId ? { id: targetId, title: targetTitle ?? '' } : null },
    mergedFrom,
    scheduled,
    discussed,
    reported: reported.map((r) => ({ ...r, dispatchedAt: r.dispatchedAt! })),
  };
}

/** A theme's public page: its public wording, category, company, supports and trail; null when the public may not read it. */
export async function readThemePage(db: DbOrTx, themeId: string, now = new Date()) {
  const [theme] = await db
    .select({
      id: themes.id,
      title: publishedThemeTitle,
      description: publishedThemeDescription,
      category: themes.category,
      status: themes.status,
      companyName: companies.name,
      createdAt: themes.createdAt,
      updatedAt: themes.updatedAt,
    })
    .from(themes)
    .leftJoin(companies, eq(companies.id, themes.companyId))
    .leftJoin(publicTarget, publicTargetJoin)
    .where(and(eq(themes.id, themeId), themeIsPublic));
  if (!theme) return null;
  const [[supports], input] = await Promise.all([
    db.select({ n: count() }).from(themeSupports).where(eq(themeSupports.themeId, themeId)),
    readTrailInput(db, themeId, now),
  ]);
  return { ...theme, supporters: supports?.n ?? 0, trail: input ? buildTrail(input) : [] };
}

export type ThemePage = NonNullable<Awaited<ReturnType<typeof readThemePage>>>;

export const getThemePage = cachedQuery(
  async (themeId: string) => readThemePage(await getDb(), themeId),
  ['theme-page'],
  () => [cacheTags.themes, cacheTags.meetings],
);

/** Every theme the public may read on its own page, for the sitemap. */
export async function readPublicThemeIds(db: DbOrTx) {
  return db
    .select({ id: themes.id, updatedAt: themes.updatedAt })
    .from(themes)
    .leftJoin(publicTarget, publicTargetJoin)
    .where(themeIsPublic)
    .orderBy(asc(themes.createdAt));
}

export const getPublicThemeIds = cachedQuery(async () => readPublicThemeIds(await getDb()), ['public-theme-ids'], () => [cacheTags.themes]);

/** Whether a person follows a theme the public may read (null when there is no such theme). */
export async function readFollowState(db: DbOrTx, themeId: string, userId: string | null) {
  const [row] = await db
    .select({ id: themes.id, following: sql<boolean>`${themeFollows.userId} is not null` })
    .from(themes)
    .leftJoin(themeFollows, and(eq(themeFollows.themeId, themes.id), userId ? eq(themeFollows.userId, userId) : sql`false`))
    .leftJoin(publicTarget, publicTargetJoin)
    .where(and(eq(themes.id, themeId), themeIsPublic));
  return row ? { following: Boolean(row.following) } : null;
}

/** The themes a person follows, newest follow first, with the status a list shows. */
export async function readFollowedThemes(db: DbOrTx, userId: string) {
  return db
    .select({
      id: themes.id,
      title: publishedThemeTitle,
      status: themes.status,
      isPublic: sql<boolean>`coalesce(${themeIsPublic}, false)`,
      proposerId: themes.proposerId,
      followedAt: themeFollows.createdAt,
    })
    .from(themeFollows)
    .innerJoin(themes, eq(themes.id, themeFollows.themeId))
    .leftJoin(publicTarget, publicTargetJoin)
    .where(eq(themeFollows.userId, userId))
    .orderBy(sql`${themeFollows.createdAt} desc`, asc(themes.id));
}

/** Who is emailed about a theme's steps: its active followers, in their own language. */
export async function readThemeFollowers(db: DbOrTx, themeId: string) {
  return db
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(themeFollows)
    .innerJoin(users, eq(users.id, themeFollows.userId))
    .where(and(eq(themeFollows.themeId, themeId), sql`${users.deactivatedAt} is null`))
    .orderBy(asc(users.id));
}
