// Reads of the public search, nothing that writes: accepted themes, published (and cancelled)
// meetings and published articles that match a query in Danish (PostgreSQL full-text search on
// the generated search_vector columns of migration 0009, ranked with ts_rank_cd), one page of one
// ranked list with the matches highlighted; and the accepted themes like a proposal being typed.
// What the public may see is the same rule as the public lists: themes 'accepted' (the /themes
// list), meetings not 'draft' (the meeting pages show cancelled ones), articles dispatched and
// not unpublished (lib/articles).
import 'server-only';
import { and, desc, eq, isNull, ne, sql, type SQL } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { followups, meetings, themes } from '@/db/schema';
import { publishedThemeDescription, publishedThemeTitle } from '@/lib/themes/published-wording';
import { MARK_END, MARK_START, SEARCH_RESULTS_PER_PAGE, SIMILAR_THEMES_LIMIT } from './rules';

export type SearchKind = 'theme' | 'meeting' | 'article';

/** websearch_to_tsquery: what people type into search boxes ("quoted phrases", -not, or). */
const searchQuery = (q: string) => sql`websearch_to_tsquery('danish', ${q})`;

// Our markers must be the only ones in the text: the characters are taken out of it first.
const withoutMarkers = (text: SQL) => sql`translate(${text}, ${MARK_START + MARK_END}, '')`;
const titleOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const excerptOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const headline = (text: SQL, query: SQL, options: string) => sql<string>`ts_headline('danish', ${withoutMarkers(text)}, ${query}, ${options})`;

const publicArticle = and(eq(followups.kind, 'article'), eq(followups.status, 'dispatched'), isNull(followups.unpublishedAt));

/**
 * Every public match, as (kind, id, rank, date): the three kinds in one list to rank and page.
 * The names are prefixed: Drizzle writes a subquery's columns unqualified in the outer select, and
 * the joined tables have an id of their own.
 */
function matches(query: SQL) {
  const qb = new QueryBuilder();
  const themeHits = qb
    .select({
      kind: sql<SearchKind>`'theme'::text`.as('hit_kind'),
      id: sql<string>`${themes.id}`.as('hit_id'),
      rank: sql<number>`ts_rank_cd(${themes.searchVector}, ${query})`.as('hit_rank'),
      at: sql<Date>`${themes.createdAt}`.as('hit_at'),
    })
    .from(themes)
    .where(and(eq(themes.status, 'accepted'), sql`${themes.searchVector} @@ ${query}`));
  const meetingHits = qb
    .select({
      kind: sql<SearchKind>`'meeting'::text`.as('hit_kind'),
      id: sql<string>`${meetings.id}`.as('hit_id'),
      rank: sql<number>`ts_rank_cd(${meetings.searchVector}, ${query})`.as('hit_rank'),
      at: sql<Date>`${meetings.startsAt}`.as('hit_at'),
    })
    .from(meetings)
    .where(and(ne(meetings.status, 'draft'), sql`${meetings.searchVector} @@ ${query}`));
  const articleHits = qb
    .select({
      kind: sql<SearchKind>`'article'::text`.as('hit_kind'),
      id: sql<string>`${followups.id}`.as('hit_id'),
      rank: sql<number>`ts_rank_cd(${followups.searchVector}, ${query})`.as('hit_rank'),
      at: sql<Date>`${followups.dispatchedAt}`.as('hit_at'),
    })
    .from(followups)
    .where(and(publicArticle, sql`${followups.searchVector} @@ ${query}`));
  return themeHits.unionAll(meetingHits).unionAll(articleHits).as('hits');
}

/**
 * One page of results, best first (then newest), with how many there are in all. The ranking runs
 * over ids only; the highlighting (costly: it re-parses the text) runs on the page's rows alone.
 */
export async function readSearchResults(db: DbOrTx, q: string, page = 1, perPage = SEARCH_RESULTS_PER_PAGE) {
  const query = searchQuery(q);
  const hits = matches(query);
  const ranked = db
    .select({ kind: hits.kind, id: hits.id, rank: hits.rank, at: hits.at, total: sql<number>`count(*) over ()`.mapWith(Number).as('hit_total') })
    .from(hits)
    .orderBy(desc(hits.rank), desc(hits.at), hits.id)
    .limit(perPage)
    .offset((page - 1) * perPage)
    .as('ranked');
  const rows = await db
    .select({
      kind: ranked.kind,
      id: ranked.id,
      total: ranked.total,
      title: headline(sql`coalesce(${publishedThemeTitle}, ${meetings.title}, ${followups.title})`, query, titleOptions),
      excerpt: headline(
        sql`coalesce(${publishedThemeDescription}, ${meetings.description}, ${followups.lead} || E'\n\n' || ${followups.body})`,
        query,
        excerptOptions,
      ),
      at: sql<string>`${ranked.at}`,
      slug: sql<string | null>`coalesce(${meetings.slug}, ${followups.slug})`,
      meetingStatus: meetings.status,
      category: themes.category,
    })
    .from(ranked)
    .leftJoin(themes, and(eq(ranked.kind, 'theme'), eq(themes.id, ranked.id)))
    .leftJoin(meetings, and(eq(ranked.kind, 'meeting'), eq(meetings.id, ranked.id)))
    .leftJoin(followups, and(eq(ranked.kind, 'article'), eq(followups.id, ranked.id)))
    .orderBy(desc(ranked.rank), desc(ranked.at), ranked.id);
  return {
    total: rows[0]?.total ?? 0,
    results: rows.map(({ total: _total, at, ...row }) => ({ ...row, at: new Date(at) })),
  };
}

export type SearchPage = Awaited<ReturnType<typeof readSearchResults>>;
export type SearchResult = SearchPage['results'][number];

// Not put in the data cache (no getSearchResults): anyone can send endless distinct queries, and
// each would take a place in the cache's memory from the public pages (least recently used go
// first). A page of results is one query of a few milliseconds on the bench's data set.

/**
 * Accepted themes that share words with a proposal being typed, best first. Any shared lexeme
 * counts (the proposal's words OR-ed), so a few typed words already find their neighbours.
 */
export async function readSimilarThemes(db: DbOrTx, text: string, limit = SIMILAR_THEMES_LIMIT) {
  const anyWord = sql`replace(plainto_tsquery('danish', ${text})::text, '&', '|')::tsquery`;
  return db
    .select({ id: themes.id, title: publishedThemeTitle, category: themes.category })
    .from(themes)
    .where(and(eq(themes.status, 'accepted'), sql`${themes.searchVector} @@ ${anyWord}`))
    .orderBy(desc(sql`ts_rank_cd(${themes.searchVector}, ${anyWord})`), desc(themes.createdAt))
    .limit(limit);
}
