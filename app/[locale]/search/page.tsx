// The public search: a GET form (works without JavaScript; every result page has its own address)
// and one ranked list of the accepted themes, public meetings and published articles that match,
// ten a page, matches highlighted. Outside the (public) group on purpose: it is rendered per
// request (its query string), so it gets the per-request CSP nonce, not the cached pages' hashes
// (lib/security/static-public-paths.ts). The results are read for each request, not cached (see
// lib/search/queries.ts). Result pages are not indexed.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pager } from '@/app/_components/ui/pager';
import { formatDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { getDb } from '@/db/client';
import { readSearchResults, type SearchResult } from '@/lib/search/queries';
import { normaliseQuery, SEARCH_QUERY_MAX, SEARCH_RESULTS_PER_PAGE, searchPageNumber } from '@/lib/search/rules';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { Highlighted } from './highlighted';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
type Props = { params: Promise<{ locale: string }>; searchParams: SearchParams };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale } = await params;
  const q = normaliseQuery((await searchParams).q);
  const t = await getTranslations({ locale, namespace: 'search' });
  return pageMetadata({
    locale,
    path: '/search',
    title: q ? t('metaTitleWithQuery', { query: q }) : t('metaTitle'),
    description: t('metaDescription'),
    noIndex: Boolean(q),
  });
}

function resultHref(result: SearchResult) {
  if (result.kind === 'theme') return `/themes/${result.id}`;
  return result.kind === 'meeting' ? `/meetings/${result.slug}` : `/articles/${result.slug}`;
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const q = normaliseQuery(query.q);
  const page = searchPageNumber(query.page);
  if (page === null || (!q && page > 1)) notFound();
  const t = await getTranslations('search');
  const tThemes = await getTranslations('themes');
  const found = q ? await readSearchResults(await getDb(), q, page) : null;
  const pages = found ? Math.max(1, Math.ceil(found.total / SEARCH_RESULTS_PER_PAGE)) : 1;
  if (page > pages) notFound();
  const pageHref = (p: number) => `/search?${new URLSearchParams(p === 1 ? { q } : { q, page: String(p) })}`;

  return (
    <Container>
      <PageHeader title={t('title')} intro={t('intro')} />
      <form role="search" aria-label={t('formLabel')} method="get" className="mb-8 max-w-2xl">
        <label htmlFor="search-q" className="block font-semibold">
          {t('label')}
        </label>
        <p id="search-q-hint" className="text-sm text-muted">
          {t('hint')}
        </p>
        <div className="mt-1 flex flex-wrap gap-2">
          <input
            id="search-q"
            type="search"
            name="q"
            defaultValue={q}
            maxLength={SEARCH_QUERY_MAX}
            aria-describedby="search-q-hint"
            className="min-w-0 flex-1 basis-56 rounded-md border border-zinc-500 bg-white px-3 py-2 text-base"
          />
          <button type="submit" className={buttonClass.primary}>
            {t('submit')}
          </button>
        </div>
      </form>

      {!found ? (
        <p>{t('empty')}</p>
      ) : found.total === 0 ? (
        <div>
          <p className="text-lg font-semibold">{t('noResults', { query: q })}</p>
          <p className="mt-2">
            {t('noResultsHint')} <Link href="/themes" className="underline">{t('noResultsThemes')}</Link>,{' '}
            <Link href="/meetings" className="underline">{t('noResultsMeetings')}</Link> {t('and')}{' '}
            <Link href="/articles" className="underline">{t('noResultsArticles')}</Link>.
          </p>
        </div>
      ) : (
        <section aria-labelledby="search-results-heading">
          <h2 id="search-results-heading" className="mb-4 text-xl font-bold">
            {t('count', { count: found.total, query: q })}
          </h2>
          <ol className="space-y-6" aria-label={t('resultsLabel')} start={(page - 1) * SEARCH_RESULTS_PER_PAGE + 1}>
            {found.results.map((result) => (
              <li key={`${result.kind}-${result.id}`} className="border-b border-zinc-300 pb-5">
                <article aria-labelledby={`result-${result.id}`}>
                  <p className="text-sm font-semibold text-muted">
                    {result.kind === 'theme'
                      ? `${t('kinds.theme')} · ${result.category ? tThemes(`categories.${result.category}`) : ''}`
                      : result.kind === 'meeting'
                        ? t('meetingOn', { date: formatDate(result.at, locale) })
                        : t('publishedOn', { date: formatDate(result.at, locale) })}
                    {result.meetingStatus === 'cancelled' ? ` (${t('cancelled')})` : null}
                  </p>
                  <h3 id={`result-${result.id}`} className="text-lg font-bold break-words">
                    <Link href={resultHref(result)} className="underline" prefetch={false}>
                      <Highlighted value={result.title} />
                    </Link>
                  </h3>
                  <p className="mt-1 max-w-3xl break-words">
                    <Highlighted value={result.excerpt} excerpt />
                  </p>
                </article>
              </li>
            ))}
          </ol>
          <Pager page={page} pages={pages} href={pageHref} label={t('pagerLabel')} />
        </section>
      )}
    </Container>
  );
}
