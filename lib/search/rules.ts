// Pure rules of the public search: how long a query may be, how many results a page shows, which
// page numbers exist, and how a highlighted text from PostgreSQL's ts_headline is split into
// plain and marked pieces (the page renders them as text and <mark>, never as HTML).

/** The longest query searched; the rest is cut off (a search box, not a document). */
export const SEARCH_QUERY_MAX = 200;
export const SEARCH_RESULTS_PER_PAGE = 10;
/** What the similar-theme suggestions read of a proposal: enough words to find its neighbours. */
export const SIMILAR_TEXT_MAX = 400;
export const SIMILAR_TEXT_MIN = 3;
export const SIMILAR_THEMES_LIMIT = 5;

/**
 * ts_headline's markers around a match: control characters no one types, taken out of the
 * searched text before highlighting, so a marker in the result is always ours.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** The query as searched: spaces collapsed, control characters dropped, at most SEARCH_QUERY_MAX long. */
export function normaliseQuery(value: string | string[] | undefined): string {
  const raw = Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
  return raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, SEARCH_QUERY_MAX).trim();
}

/** The page asked for: missing is page 1, a whole number from 1 is that page, anything else is no page (null). */
export function searchPageNumber(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value)) return null;
  return /^[1-9]\d{0,4}$/.test(value) ? Number(value) : null;
}

export type HighlightPiece = { text: string; marked: boolean };

/**
 * Splits ts_headline's output at our markers. An unpaired marker (a fragment cut inside a match
 * cannot happen, but a stray one must not break the page) only ends or starts marking.
 */
export function splitHighlights(value: string): HighlightPiece[] {
  const pieces: HighlightPiece[] = [];
  let marked = false;
  let text = '';
  const push = () => {
    if (text) pieces.push({ text, marked });
    text = '';
  };
  for (const ch of value) {
    if (ch === MARK_START || ch === MARK_END) {
      push();
      marked = ch === MARK_START;
    } else {
      text += ch;
    }
  }
  push();
  return pieces;
}

/** Markdown's punctuation taken out of an excerpt (a fragment of a link or a heading reads badly). */
export function plainExcerpt(value: string): string {
  return value
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(^|\s)#{1,6}\s/g, '$1')
    .replace(/[*_`>]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
