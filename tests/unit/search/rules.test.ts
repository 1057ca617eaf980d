import { describe, expect, it } from 'vitest';
import { MARK_END as E, MARK_START as S, normaliseQuery, plainExcerpt, searchPageNumber, SEARCH_QUERY_MAX, splitHighlights } from '@/lib/search/rules';

describe('search rules', () => {
  it('splits highlighted text into plain and marked pieces', () => {
    expect(splitHighlights(`Parkering for ${S}virksomheder${E} i ${S}Albertslund${E}`)).toEqual([
      { text: 'Parkering for ', marked: false },
      { text: 'virksomheder', marked: true },
      { text: ' i ', marked: false },
      { text: 'Albertslund', marked: true },
    ]);
    // HTML is a piece of text like any other; a stray marker only ends marking.
    expect(splitHighlights(`<b>${S}fed${E}</b>${E}`)).toEqual([
      { text: '<b>', marked: false },
      { text: 'fed', marked: true },
      { text: '</b>', marked: false },
    ]);
  });

  it('caps the query, collapses spaces and drops control characters (our markers among them)', () => {
    expect(normaliseQuery(`  grøn \n omstilling${S} `)).toBe('grøn omstilling');
    expect(normaliseQuery(['første', 'anden'])).toBe('første');
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery('a'.repeat(500))).toHaveLength(SEARCH_QUERY_MAX);
  });

  it('knows page 1 without a number, whole numbers from 1, and nothing else', () => {
    expect(searchPageNumber(undefined)).toBe(1);
    expect(searchPageNumber('3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'abc', '', '01', '999999', ['1', '2']]) expect(searchPageNumber(bad)).toBeNull();
  });

  it('takes markdown punctuation out of an excerpt but keeps the words', () => {
    expect(plainExcerpt('## Overskrift med **fed** og [et link](https://example.test) > citat')).toBe('Overskrift med fed og et link citat');
  });
});
