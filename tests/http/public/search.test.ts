// The public search over HTTP, in both languages: results with highlighted matches, paging with
// "not found" for pages that do not exist, the no-result state, a title with the query and no
// indexing; and the similar-theme suggestions, which only a company may ask for.
import { describe, expect, inject, it } from 'vitest';
import { signedInClient } from '../../support/http-client';

const baseUrl = inject('baseUrl');
const page = async (path: string) => {
  const response = await fetch(`${baseUrl}${path}`);
  return { status: response.status, html: await response.text() };
};
const resultCount = (html: string) => (html.match(/<article aria-labelledby="result-/g) ?? []).length;

describe('the search page', () => {
  it('finds the demo themes, meetings and articles about "virksomheder", matches marked, in Danish and English', async () => {
    const da = await page('/search?q=virksomheder');
    expect(da.status).toBe(200);
    const total = Number(/<h2 id="search-results-heading"[^>]*>(\d+) resultater for »virksomheder«/.exec(da.html)?.[1]);
    // The demo data's themes, meetings and articles hold the word (or "virksomhed", "virksomhederne").
    expect(total).toBeGreaterThanOrEqual(9);
    expect(resultCount(da.html)).toBe(Math.min(total, 10));
    // Danish stemming: the query's "virksomheder" finds and marks "virksomhed" too.
    expect(da.html).toMatch(/<mark[^>]*>virksomheder<\/mark>/);
    expect(da.html).toMatch(/<mark[^>]*>virksomhed<\/mark>/);
    expect(da.html).toMatch(/href="\/themes\/[0-9a-f-]{36}"/);
    expect(da.html).toMatch(/href="\/meetings\/[^"]+"/);
    expect(da.html).toContain('<title>Søgning: virksomheder');
    expect(da.html).toMatch(/<meta name="robots" content="noindex, nofollow"/);

    const en = await page('/en/search?q=virksomheder');
    expect(en.status).toBe(200);
    expect(en.html).toMatch(/\d+ results for “virksomheder”/);
    expect(en.html).toContain('<title>Search: virksomheder');
    expect(en.html).toMatch(/href="\/en\/themes\/[0-9a-f-]{36}"/);
  });

  it('pages the results and refuses pages that do not exist', async () => {
    // More than ten in the demo data ("or" as people type it).
    const second = await page(`/search?q=${encodeURIComponent('virksomheder or erhvervsforum')}&page=2`);
    expect(second.status).toBe(200);
    expect(resultCount(second.html)).toBeGreaterThan(0);
    expect(second.html).toContain('rel="prev"');
    for (const path of ['/search?q=virksomheder&page=999', '/search?q=virksomheder&page=0', '/search?q=virksomheder&page=abc', '/search?page=2', '/en/search?q=virksomheder&page=-1']) {
      expect((await fetch(`${baseUrl}${path}`)).status, path).toBe(404);
    }
  });

  it('shows the empty form without a query, and a hint when nothing matches', async () => {
    const empty = await page('/search');
    expect(empty.status).toBe(200);
    expect(empty.html).toContain('Skriv et eller flere ord ovenfor for at søge.');
    expect(empty.html).not.toMatch(/name="robots"/);
    const none = await page('/en/search?q=qxzvbnmqq');
    expect(none.status).toBe(200);
    expect(none.html).toContain('No results for “qxzvbnmqq”.');
    expect(none.html).toMatch(/href="\/en\/themes"/);
  });

  it('keeps a hostile query as text and cuts a long one', async () => {
    const hostile = await page(`/search?q=${encodeURIComponent('<script>alert(1)</script> virksomheder')}`);
    expect(hostile.status).toBe(200);
    expect(hostile.html).not.toContain('<script>alert(1)</script>');
    const long = await page(`/search?q=${'virksomheder%20'.repeat(100)}`);
    expect(long.status).toBe(200);
    expect(long.html).not.toContain('virksomheder '.repeat(20));
  });
});

describe('similar themes while proposing', () => {
  it('are refused to a signed-out visitor and shown to a company', async () => {
    const refused = await fetch(`${baseUrl}/api/themes/similar?q=Letbanen`);
    expect(refused.status).toBe(401);
    const company = await signedInClient(baseUrl, 'direktoer@lysteknik.test');
    const response = await company.request(`/api/themes/similar?q=${encodeURIComponent('Letbanen og mobilitet i erhvervsområdet')}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const { themes } = (await response.json()) as { themes: { id: string; title: string }[] };
    expect(themes[0].title).toBe('Nye muligheder med Letbanen – øget mobilitet og ændret infrastruktur');
    expect(themes.length).toBeLessThanOrEqual(5);
    expect(await company.json(`/api/themes/similar?q=ab`)).toEqual({ themes: [] });
  });
});
