// The public search on both databases: Danish stemming, ranking, only what the public may see,
// paging, highlighted matches that stay text; and the similar-theme suggestions for a proposal.
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { followups } from '@/db/schema';
import { readSearchResults, readSimilarThemes } from '@/lib/search/queries';
import { MARK_END, MARK_START, splitHighlights } from '@/lib/search/rules';
import { makeMeeting, makeTheme } from '@/tests/support/fixtures';

/** A made-up word no other test's text holds, so each test searches only its own rows. */
const word = () => Array.from({ length: 9 }, () => 'bcdfghjklmnpqrstvxz'[Math.floor(Math.random() * 19)]).join('');

async function makeArticle(overrides: Partial<typeof followups.$inferInsert> = {}) {
  const db = await getDb();
  const meeting = await makeMeeting({ startsAt: new Date(Date.UTC(2020, 1, 1, 15)) });
  const [row] = await db
    .insert(followups)
    .values({
      meetingId: meeting.id,
      kind: 'article',
      status: 'dispatched',
      title: 'Artikel',
      lead: 'Indledning.',
      body: 'Brødtekst.',
      slug: `artikel-${word()}`,
      dispatchedAt: new Date(),
      ...overrides,
    })
    .returning();
  return row;
}

const titles = (page: Awaited<ReturnType<typeof readSearchResults>>) => page.results.map((r) => splitHighlights(r.title).map((p) => p.text).join(''));

describe('public search', () => {
  it('finds "virksomhed" when searching "virksomheder" (Danish stemming), in themes, meetings and articles', async () => {
    const db = await getDb();
    const tag = word();
    const theme = await makeTheme({ title: `Parkering ved hver virksomhed ${tag}` });
    const meeting = await makeMeeting({ title: `Møde om ${tag}`, description: 'Hvad kan kommunen gøre for den lokale virksomhed?' });
    const article = await makeArticle({ title: `Referat ${tag}`, body: 'En virksomhed fortalte om sine erfaringer.' });

    const found = await readSearchResults(db, `virksomheder ${tag}`);
    expect(found.total).toBe(3);
    expect(found.results.map((r) => [r.kind, r.id]).sort()).toEqual(
      [['article', article.id], ['meeting', meeting.id], ['theme', theme.id]].sort(),
    );
    expect(found.results.find((r) => r.kind === 'meeting')?.slug).toBe(meeting.slug);
    expect(found.results.find((r) => r.kind === 'article')?.slug).toBe(article.slug);
    // Marked is the stemmed word as written in the text.
    const themeTitle = splitHighlights(found.results.find((r) => r.kind === 'theme')!.title);
    expect(themeTitle.filter((p) => p.marked).map((p) => p.text)).toEqual(['virksomhed', tag]);
  });

  it('ranks a match in the title above a match in the body', async () => {
    const db = await getDb();
    const tag = word();
    // The body match is newer, so only the rank can put the title match first.
    await makeTheme({ title: `Trafik og ${tag}`, description: 'Om vejene.', createdAt: new Date(Date.UTC(2019, 0, 1)) });
    await makeTheme({ title: 'Om vejene', description: `Trafik og ${tag} i erhvervsområdet.`, createdAt: new Date(Date.UTC(2024, 0, 1)) });
    const found = await readSearchResults(db, tag);
    expect(titles(found)).toEqual([`Trafik og ${tag}`, 'Om vejene']);
  });

  it('never shows draft or rejected themes, draft meetings or unpublished articles', async () => {
    const db = await getDb();
    const tag = word();
    const shown = [
      (await makeTheme({ title: `Godkendt ${tag}` })).id,
      (await makeMeeting({ title: `Offentliggjort ${tag}` })).id,
      (await makeMeeting({ title: `Aflyst ${tag}`, status: 'cancelled' })).id,
      (await makeArticle({ title: `Artikel ${tag}` })).id,
    ];
    for (const status of ['submitted', 'rejected', 'withdrawn', 'merged'] as const) {
      await makeTheme({ title: `Skjult ${tag}`, status });
    }
    await makeMeeting({ title: `Kladde ${tag}`, status: 'draft' });
    await makeArticle({ title: `Kladde ${tag}`, status: 'draft', dispatchedAt: null });
    await makeArticle({ title: `Trukket tilbage ${tag}`, unpublishedAt: new Date() });
    // A briefing is not an article, whatever its text.
    await makeArticle({ kind: 'briefing', title: `Orientering ${tag}`, slug: null });

    const found = await readSearchResults(db, tag);
    expect(found.results.map((r) => r.id).sort()).toEqual([...shown].sort());
    expect(found.results.find((r) => r.meetingStatus === 'cancelled')).toBeDefined();
  });

  it('pages the results and counts them all', async () => {
    const db = await getDb();
    const tag = word();
    for (let i = 0; i < 5; i++) await makeTheme({ title: `Tema ${tag} nummer ${i}`, createdAt: new Date(Date.UTC(2021, 0, 1 + i)) });
    const first = await readSearchResults(db, tag, 1, 2);
    const second = await readSearchResults(db, tag, 2, 2);
    const third = await readSearchResults(db, tag, 3, 2);
    expect([first.total, second.total, third.total]).toEqual([5, 5, 5]);
    // Equal rank: newest first, and no theme on two pages.
    expect([...titles(first), ...titles(second), ...titles(third)]).toEqual([4, 3, 2, 1, 0].map((i) => `Tema ${tag} nummer ${i}`));
    expect(await readSearchResults(db, tag, 4, 2)).toEqual({ total: 0, results: [] });
  });

  it('finds nothing for a query of only stop words or punctuation, without failing', async () => {
    const db = await getDb();
    expect((await readSearchResults(db, 'og i at')).total).toBe(0);
    expect((await readSearchResults(db, '"(&|!:*')).total).toBe(0);
  });

  it('keeps HTML and our markers in user text as text: only the matches are marked', async () => {
    const db = await getDb();
    const tag = word();
    await makeTheme({
      title: `<img src=x onerror=alert(1)> ${tag}`,
      description: `Tekst med ${MARK_START}falsk markering${MARK_END} og <b>${tag}</b> i fed.`,
    });
    const [result] = (await readSearchResults(db, tag)).results;
    const title = splitHighlights(result.title);
    expect(title.map((p) => p.text).join('')).toBe(`<img src=x onerror=alert(1)> ${tag}`);
    expect(title.filter((p) => p.marked).map((p) => p.text)).toEqual([tag]);
    const excerpt = splitHighlights(result.excerpt);
    expect(excerpt.filter((p) => p.marked).map((p) => p.text)).toEqual([tag]);
    expect(excerpt.map((p) => p.text).join('')).toContain('falsk markering');
  });
});

describe('similar themes for a proposal', () => {
  it('suggests accepted themes sharing a word, best match first, and not unrelated or non-public ones', async () => {
    const db = await getDb();
    const [a, b] = [word(), word()];
    const both = await makeTheme({ title: `Cykelstier til ${a}`, description: `Flere cykelstier ved ${b}.` });
    const one = await makeTheme({ title: `Belysning ved ${b}` });
    await makeTheme({ title: `Kantine og frokostordninger ${word()}` });
    await makeTheme({ title: `Cykelstier til ${a} (kladde)`, status: 'submitted' });
    await makeTheme({ title: `Cykelstier til ${a} (afvist)`, status: 'rejected' });

    const similar = await readSimilarThemes(db, `Nye cykelstier ${a} ${b}`);
    const ids = similar.map((s) => s.id);
    expect(ids.slice(0, 2)).toEqual([both.id, one.id]);
    expect(similar.every((s) => !s.title.includes('kladde') && !s.title.includes('afvist'))).toBe(true);
    expect(await readSimilarThemes(db, `${word()} ${word()}`)).toEqual([]);
    expect(await readSimilarThemes(db, 'og i at')).toEqual([]);
  });

  it('suggests at most five', async () => {
    const db = await getDb();
    const tag = word();
    for (let i = 0; i < 7; i++) await makeTheme({ title: `Emne ${tag} ${i}` });
    expect(await readSimilarThemes(db, tag)).toHaveLength(5);
  });
});
