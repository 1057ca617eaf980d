// Reads of themes, nothing that writes. Public pages (accepted themes, newest first, through
// cachedQuery), the proposer's own themes in the portal (every read filtered by the proposer, so one
// company never sees another's drafts), and moderation (the queue of submitted themes, the filtered
// list of all themes, merge targets and the meetings a theme can be scheduled on).
import 'server-only';
import { and, asc, count, desc, eq, gt, gte, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias, QueryBuilder } from 'drizzle-orm/pg-core';
import { type DbOrTx, getDb } from '@/db/client';
import { idIsAnyOf, preparedOnce } from '@/db/prepared';
import { companies, meetings, meetingThemes, type themeCategories, themes, type themeStatuses, themeSupports, users } from '@/db/schema';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';
import { themeIsOnMeeting } from '@/lib/meetings/themes-on-meeting';
import { publishedThemeDescription, publishedThemeTitle } from '@/lib/themes/published-wording';

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

const mergedInto = alias(themes, 'merged_into');

export async function readMyThemes(db: DbOrTx, userId: string) {
  return db
    .select({
      id: themes.id,
      title: themes.title,
      description: themes.description,
      publicTitle: themes.publicTitle,
      publicDescription: themes.publicDescription,
      category: themes.category,
      status: themes.status,
      moderatorAnswer: themes.moderatorAnswer,
      mergedIntoTitle: mergedInto.title,
      createdAt: themes.createdAt,
      decidedAt: themes.decidedAt,
    })
    .from(themes)
    .leftJoin(mergedInto, eq(mergedInto.id, themes.mergedIntoId))
    .where(eq(themes.proposerId, userId))
    .orderBy(desc(themes.createdAt));
}

export async function readOwnTheme(db: DbOrTx, userId: string, themeId: string) {
  const [theme] = await db
    .select()
    .from(themes)
    .where(and(eq(themes.id, themeId), eq(themes.proposerId, userId)));
  return theme ?? null;
}

/** Meetings a proposer may wish their theme on: published and not yet held. */
export async function readWishableMeetings(db: DbOrTx, now = new Date()) {
  return db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
    .from(meetings)
    .where(and(eq(meetings.status, 'published'), gt(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt));
}

export type ThemeFilters = {
  status?: (typeof themeStatuses)[number];
  category?: (typeof themeCategories)[number];
  meetingId?: string;
  q?: string;
};

// Supports per theme as a grouped subquery joined to the theme, not a correlated subquery in the
// select list (Drizzle drops table names there in single-table selects; see meetings/queries.ts).
const supportTallies = new QueryBuilder()
  .select({ themeId: themeSupports.themeId, supports: count().as('supports') })
  .from(themeSupports)
  .groupBy(themeSupports.themeId)
  .as('support_tallies');
const supportCount = sql<number>`coalesce(${supportTallies.supports}, 0)`.mapWith(Number);

const themeColumns = {
  id: themes.id,
  title: themes.title,
  description: themes.description,
  category: themes.category,
  status: themes.status,
  moderatorAnswer: themes.moderatorAnswer,
  publicTitle: themes.publicTitle,
  publicDescription: themes.publicDescription,
  wordingEditedAt: themes.wordingEditedAt,
  outcome: themes.outcome,
  outcomeCaseNumber: themes.outcomeCaseNumber,
  mergedIntoId: themes.mergedIntoId,
  version: themes.version,
  createdAt: themes.createdAt,
  decidedAt: themes.decidedAt,
  proposerName: users.name,
  proposerEmail: users.email,
  companyName: companies.name,
  supports: supportCount,
};

// What a list row shows: the long texts (description, answers) stay in the database.
const listColumns = {
  id: themes.id,
  title: themes.title,
  category: themes.category,
  status: themes.status,
  createdAt: themes.createdAt,
  proposerName: users.name,
  companyName: companies.name,
  supports: supportCount,
};

function selectThemes(db: DbOrTx, where: SQL | undefined, order: 'oldest' | 'newest') {
  return db
    .select(themeColumns)
    .from(themes)
    .leftJoin(users, eq(users.id, themes.proposerId))
    .leftJoin(companies, eq(companies.id, themes.companyId))
    .leftJoin(supportTallies, eq(supportTallies.themeId, themes.id))
    .where(where)
    .orderBy(order === 'oldest' ? asc(themes.createdAt) : desc(themes.createdAt), asc(themes.title));
}

export type Paging = { limit: number; offset?: number };

type Bound = number | ReturnType<typeof sql.placeholder>;

/** One page of a theme list and how many there are in all (a window count: still one query). */
function themePageQuery(db: DbOrTx, where: SQL | undefined, order: 'oldest' | 'newest', limit: Bound, offset: Bound) {
  return db
    .select({ ...listColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(themes)
    .leftJoin(users, eq(users.id, themes.proposerId))
    .leftJoin(companies, eq(companies.id, themes.companyId))
    .leftJoin(supportTallies, eq(supportTallies.themeId, themes.id))
    .where(where)
    .orderBy(order === 'oldest' ? asc(themes.createdAt) : desc(themes.createdAt), asc(themes.title))
    .limit(limit)
    .offset(offset);
}

type PageRow = Awaited<ReturnType<typeof themePageQuery>>[number];

async function pageOf(db: DbOrTx, where: SQL | undefined, paging: Paging, rows: PageRow[]) {
  const total = rows[0]?.total ?? (paging.offset ? await countThemes(db, where) : 0);
  return { rows: rows.map(({ total: _total, ...row }) => row), total };
}

// The two lists every visit to the moderation page shows (the queue, and all themes unfiltered)
// are prepared once; a filtered list is built per request.
const placeholderBounds = [sql.placeholder('limit'), sql.placeholder('offset')] as const;
const submitted = eq(themes.status, 'submitted');

async function selectThemePage(db: DbOrTx, where: SQL | undefined, order: 'oldest' | 'newest', paging: Paging, preparedAs?: string) {
  const params = { limit: paging.limit, offset: paging.offset ?? 0 };
  const rows = preparedAs
    ? await preparedOnce(db, preparedAs, () => themePageQuery(db, where, order, ...placeholderBounds).prepare(preparedAs)).execute(params)
    : await themePageQuery(db, where, order, params.limit, params.offset);
  return pageOf(db, where, paging, rows);
}

// Only for a page past the end, where the window count has no row to ride on.
async function countThemes(db: DbOrTx, where: SQL | undefined) {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(themes)
    .leftJoin(companies, eq(companies.id, themes.companyId))
    .where(where);
  return row?.n ?? 0;
}

/** The meetings each theme is on, fetched for all listed themes in one query. */
async function withMeetings<Row extends { id: string }>(db: DbOrTx, rows: Row[]) {
  const ids = rows.map((r) => r.id);
  // Prepared once: the same SQL for every page of themes.
  const links = ids.length
    ? await preparedOnce(db, 'theme_meetings', () =>
        db
          .select({ themeId: meetingThemes.themeId, id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, status: meetings.status })
          .from(meetingThemes)
          .innerJoin(meetings, eq(meetings.id, meetingThemes.meetingId))
          .where(idIsAnyOf(meetingThemes.themeId, 'themeIds'))
          .orderBy(asc(meetings.startsAt))
          .prepare('theme_meetings'),
      ).execute({ themeIds: ids })
    : [];
  return rows.map((r) => ({ ...r, meetings: links.filter((l) => l.themeId === r.id) }));
}

/**
 * The oldest `limit` submitted themes and how many wait in all: what the moderation page shows
 * (not their meetings: a submitted theme is put on a meeting from its own page).
 */
export async function readModerationQueuePage(db: DbOrTx, limit: number) {
  const { rows, total } = await selectThemePage(db, submitted, 'oldest', { limit }, 'theme_moderation_queue');
  return { themes: rows, total };
}

/** One page of the filtered list of all themes, newest first, and how many match in all. */
export async function readThemesForAdminPage(db: DbOrTx, filters: ThemeFilters, paging: Paging) {
  const where = themeFilter(filters);
  const { rows, total } = await selectThemePage(db, where, 'newest', paging, where ? undefined : 'theme_list_unfiltered');
  return { themes: await withMeetings(db, rows), total };
}

function themeFilter(filters: ThemeFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (filters.status) conditions.push(eq(themes.status, filters.status));
  if (filters.category) conditions.push(eq(themes.category, filters.category));
  if (filters.meetingId) {
    conditions.push(themeIsOnMeeting(filters.meetingId));
  }
  const q = filters.q?.trim();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(themes.title, pattern), ilike(themes.description, pattern), ilike(companies.name, pattern))!);
  }
  return conditions.length ? and(...conditions) : undefined;
}

/** Themes another theme can be merged into. */
export async function readMergeTargets(db: DbOrTx) {
  return db
    .select({ id: themes.id, title: themes.title, status: themes.status })
    .from(themes)
    .where(inArray(themes.status, ['accepted', 'submitted']))
    .orderBy(asc(themes.title));
}

/** Meetings a theme can be put on (not cancelled), newest first. */
export async function readSchedulableMeetings(db: DbOrTx) {
  return db
    .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, status: meetings.status })
    .from(meetings)
    .where(ne(meetings.status, 'cancelled'))
    .orderBy(desc(meetings.startsAt));
}

// How far back the theme list's meeting filter reaches: a moderator filters by the meetings being
// planned and those just held. Every meeting ever held (200 after a decade) would make each
// request render and send a long <select>; an older meeting's themes are on its own page.
const MEETING_FILTER_DAYS = 365;

/**
 * The meetings the theme list can be filtered by: upcoming and held in the last year (not
 * cancelled), newest first, plus `selectedId` however old, so a filter from an address still shows.
 */
export async function readMeetingFilterChoices(db: DbOrTx, selectedId: string | undefined, now = new Date()) {
  const since = new Date(now.getTime() - MEETING_FILTER_DAYS * 24 * 60 * 60 * 1000);
  const choices = (where: (recent: SQL) => SQL | undefined) =>
    db
      .select({ id: meetings.id, title: meetings.title })
      .from(meetings)
      .where(where(and(ne(meetings.status, 'cancelled'), gte(meetings.startsAt, sql.placeholder('since')))!))
      .orderBy(desc(meetings.startsAt));
  // As text: a placeholder's value bypasses the column's own conversion, and postgres.js cannot
  // bind a Date to a prepared statement's parameter (it threw inside its socket handler and left
  // the connection waiting forever, hanging every query queued on it).
  const params = { since: since.toISOString() };
  if (selectedId) return choices((recent) => or(recent, eq(meetings.id, selectedId))).execute(params);
  return preparedOnce(db, 'theme_filter_meetings', () => choices((recent) => recent).prepare('theme_filter_meetings')).execute(params);
}

/** One theme with everything a moderator needs to decide on it. */
export async function readThemeForModeration(db: DbOrTx, themeId: string) {
  const [row] = await selectThemes(db, eq(themes.id, themeId), 'oldest');
  if (!row) return null;
  const [withLinks] = await withMeetings(db, [row]);
  const [mergedInto] = row.mergedIntoId
    ? await db.select({ id: themes.id, title: themes.title }).from(themes).where(eq(themes.id, row.mergedIntoId))
    : [];
  const [wished] = await db
    .select({ id: meetings.id, title: meetings.title })
    .from(themes)
    .innerJoin(meetings, eq(meetings.id, themes.wishedMeetingId))
    .where(eq(themes.id, themeId));
  return { ...withLinks, mergedInto: mergedInto ?? null, wishedMeeting: wished ?? null };
}

// The two reads every theme notice needs, made inside the transaction of the change so the
// notice shows the data as that change leaves it.

/** The proposer to tell, or null when there is none or their account is deactivated. */
export async function readNoticeProposer(tx: DbOrTx, theme: Pick<typeof themes.$inferSelect, 'proposerId'>) {
  if (!theme.proposerId) return null;
  const [proposer] = await tx
    .select({ id: users.id, email: users.email, locale: users.locale, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.id, theme.proposerId));
  return proposer && !proposer.deactivatedAt ? proposer : null;
}

/** The published meetings the theme is on, earliest first (drafts are nobody's business yet). */
export async function readPublishedMeetingsOf(tx: DbOrTx, themeId: string) {
  const rows = await tx
    .select({ meeting: meetings })
    .from(meetingThemes)
    .innerJoin(meetings, eq(meetings.id, meetingThemes.meetingId))
    .where(and(eq(meetingThemes.themeId, themeId), eq(meetings.status, 'published')))
    .orderBy(asc(meetings.startsAt));
  return rows.map((r) => r.meeting);
}
