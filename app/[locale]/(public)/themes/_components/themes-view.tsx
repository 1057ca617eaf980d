// The /themes page for all categories or one: a filter menu (links, so it works without
// JavaScript and each filter is its own cached page) and the accepted themes, newest first, a
// page at a time (/themes/page/2, …): each page is cached and stays small however many themes
// are accepted.
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Container } from '@/app/_components/ui/container';
import { IntentLink } from '@/app/_components/ui/intent-link';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pager } from '@/app/_components/ui/pager';
import { themeCategories } from '@/db/schema/themes';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { getPublicThemes } from '@/lib/themes/queries';
import { SupportButton, ThemeSupportProvider } from './theme-support';

type Category = (typeof themeCategories)[number];

export const THEMES_PER_PAGE = 25;

/** '2', '3', … from the address; page 1 has no number of its own, anything else is not a page. */
export function themesPageNumber(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) && value !== '1' ? Number(value) : null;
}

export async function ThemesView({ locale, category, page = 1 }: { locale: string; category?: Category; page?: number }) {
  const t = await getTranslations('themes');
  const all = await getPublicThemes();
  const matching = category ? all.filter((theme) => theme.category === category) : all;
  const pages = Math.max(1, Math.ceil(matching.length / THEMES_PER_PAGE));
  if (page > pages) notFound();
  const shown = matching.slice((page - 1) * THEMES_PER_PAGE, page * THEMES_PER_PAGE);
  const base = category ? `/themes/category/${category}` : '/themes';
  const countOf = (c: Category) => all.filter((theme) => theme.category === c).length;
  const filterLink = 'inline-block rounded-full border border-zinc-400 px-3 py-1 hover:bg-zinc-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white';
  return (
    <Container>
      <PageHeader title={category ? t('page.categoryTitle', { category: t(`categories.${category}`) }) : t('page.title')} intro={t('page.intro')}>
        <p className="mt-4">
          {/* Rendered per person: not prefetched on every visit. */}
          <Link href="/portal/themes/new" prefetch={false} className={buttonClass.primary}>{t('page.propose')}</Link>
        </p>
      </PageHeader>

      <nav aria-label={t('page.filterLabel')} className="mb-8">
        <ul className="flex flex-wrap gap-2">
          <li>
            {/* Eleven filters: prefetched on intent, not on every visit (see IntentLink). */}
            <IntentLink href="/themes" aria-current={category ? undefined : 'page'} className={filterLink}>
              {t('page.all', { count: all.length })}
            </IntentLink>
          </li>
          {themeCategories.map((c) => (
            <li key={c}>
              <IntentLink href={`/themes/category/${c}`} aria-current={category === c ? 'page' : undefined} className={filterLink}>
                {t(`categories.${c}`)} ({countOf(c)})
              </IntentLink>
            </li>
          ))}
        </ul>
      </nav>

      <ThemeSupportProvider>
        {shown.length === 0 ? (
          <p>{t('page.empty')}</p>
        ) : (
          <ul className="space-y-6">
            {shown.map((theme) => (
              <li key={theme.id}>
                <article id={`theme-${theme.id}`} aria-labelledby={`theme-title-${theme.id}`} className="scroll-mt-4 rounded-md border border-zinc-300 p-5">
                  <p className="text-sm font-semibold text-muted">{t(`categories.${theme.category}`)}</p>
                  <h2 id={`theme-title-${theme.id}`} className="text-xl font-bold">
                    <Link href={`/themes/${theme.id}`} className="underline-offset-4 hover:underline">{theme.title}</Link>
                  </h2>
                  <MarkdownText className="mt-2">{theme.description}</MarkdownText>
                  {theme.meetings.length ? (
                    <p className="mt-3">
                      {t('page.onMeeting')}{' '}
                      {theme.meetings.map((m, i) => (
                        <span key={m.slug}>
                          {i > 0 ? ', ' : null}
                          <Link href={`/meetings/${m.slug}`} className="underline">{m.title}</Link> ({formatShortDate(m.startsAt, locale)})
                        </span>
                      ))}
                    </p>
                  ) : null}
                  <p className="mt-2 font-semibold">{t('page.supporters', { count: theme.supporters })}</p>
                  <div className="mt-3">
                    <SupportButton themeId={theme.id} themeTitle={theme.title} />
                  </div>
                </article>
              </li>
            ))}
          </ul>
        )}
        <Pager page={page} pages={pages} href={(p) => (p === 1 ? base : `${base}/page/${p}`)} label={t('page.pagerLabel')} />
      </ThemeSupportProvider>
    </Container>
  );
}
