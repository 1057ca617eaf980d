import clsx from 'clsx';
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pager, pageNumber } from '@/app/_components/ui/pager';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { getDb } from '@/db/client';
import { themeCategories, themeStatuses } from '@/db/schema';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { readMeetingFilterChoices, readModerationQueuePage, readThemesForAdminPage, type ThemeFilters } from '@/lib/themes/queries';
import { decideThemesAction } from '@/lib/themes/actions';
import { BulkDecisionForm } from './bulk-decision-form';
import { MeetingOptions, ThemeList } from './theme-list';
import { readSearchQuery } from '@/lib/admin/search-filters';
import { FilterSelect, filterFieldClass } from '../_components/filter-select';
import { SearchInput } from '../_components/search-input';
import { AdminClientMessages } from '../_components/admin-client-messages';

type Search = { status?: string; category?: string; meeting?: string; q?: string | string[]; page?: string };
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Search> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.themes' });
  return { title: t('title'), robots: { index: false } };
}

function filtersFrom(search: Search, q: string | undefined): ThemeFilters {
  const uuid = /^[0-9a-f-]{36}$/i;
  return {
    status: (themeStatuses as readonly string[]).includes(search.status ?? '') ? (search.status as ThemeFilters['status']) : undefined,
    category: (themeCategories as readonly string[]).includes(search.category ?? '') ? (search.category as ThemeFilters['category']) : undefined,
    meetingId: search.meeting && uuid.test(search.meeting) ? search.meeting : undefined,
    q,
  };
}


// Pages stay small however many themes there are: the queue shows its oldest themes (deciding
// them brings the next ones up) and the list of all themes is paged.
const QUEUE_SIZE = 25;
const PAGE_SIZE = 25;

function pageHref(filters: ThemeFilters, page: number) {
  const query = new URLSearchParams();
  if (filters.q) query.set('q', filters.q);
  if (filters.status) query.set('status', filters.status);
  if (filters.category) query.set('category', filters.category);
  if (filters.meetingId) query.set('meeting', filters.meetingId);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return text ? `/admin/themes?${text}` : '/admin/themes';
}

export default async function AdminThemesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('theme.moderate', '/admin/themes');
  const t = await getTranslations('admin.themes');
  const tThemes = await getTranslations('themes');
  const search = await searchParams;
  // An over-long search is refused next to the field, and the list is not run.
  const { q, errors: qErrors } = readSearchQuery(search.q);
  const filters = filtersFrom(search, q);
  const page = pageNumber(search.page);
  const db = await getDb();
  const [queuePage, allPage, meetingChoices] = await Promise.all([
    readModerationQueuePage(db, QUEUE_SIZE),
    qErrors ? { themes: [], total: 0 } : readThemesForAdminPage(db, filters, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    readMeetingFilterChoices(db, filters.meetingId),
  ]);
  const queue = queuePage.themes;
  const all = allPage.themes;
  const filtered = Boolean(filters.status || filters.category || filters.meetingId || filters.q);
  return (
    <AdminClientMessages paths={['admin.themes', 'themes.categories']}>
      <>
        <PageHeader title={t('title')} intro={t('intro')} />

        <section aria-labelledby="queue" className="mb-12">
          <h2 id="queue" className="mb-1 text-2xl font-bold">{t('queueTitle', { count: queuePage.total })}</h2>
          <p className="mb-4 text-muted">
            {t('queueIntro')}
            {queuePage.total > queue.length ? ` ${t('queueShowing', { shown: queue.length })}` : null}
          </p>
          {queue.length ? (
            <BulkDecisionForm
              action={decideThemesAction}
              themes={queue.map((theme) => ({
                id: theme.id,
                title: theme.title,
                category: theme.category,
                companyName: theme.companyName,
                proposerName: theme.proposerName,
                submitted: formatShortDate(theme.createdAt, locale),
                supports: theme.supports,
              }))}
            />
          ) : (
            <p className="rounded-md border border-zinc-300 p-4">{t('queueEmpty')}</p>
          )}
        </section>

        <section aria-labelledby="all-themes">
          <h2 id="all-themes" className="mb-4 text-2xl font-bold">{t('allTitle')}</h2>
          <form method="get" role="search" aria-label={t('filterLabel')} className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-5 lg:items-start">
            <div className="lg:col-span-2">
              <label htmlFor="theme-q" className="block font-semibold">{t('search')}</label>
              <SearchInput id="theme-q" name="q" defaultValue={filters.q} errors={qErrors} className={filterFieldClass} />
            </div>
            <FilterSelect id="theme-status" name="status" label={t('status')} anyLabel={t('any')} value={filters.status}>
              {themeStatuses.map((s) => <option key={s} value={s}>{tThemes(`statuses.${s}`)}</option>)}
            </FilterSelect>
            <FilterSelect id="theme-category" name="category" label={t('category')} anyLabel={t('any')} value={filters.category}>
              {themeCategories.map((c) => <option key={c} value={c}>{tThemes(`categories.${c}`)}</option>)}
            </FilterSelect>
            <FilterSelect id="theme-meeting" name="meeting" label={t('meeting')} anyLabel={t('any')} value={filters.meetingId} hint={t('meetingFilterHint')}>
              <MeetingOptions meetings={meetingChoices.map((m) => [m.id, m.title])} />
            </FilterSelect>
            <div className="flex gap-2 lg:col-span-5">
              <button type="submit" className={buttonClass.secondary}>{t('applyFilters')}</button>
              {filtered ? <Link href="/admin/themes" className={clsx(buttonClass.link, 'self-center')}>{t('clearFilters')}</Link> : null}
            </div>
          </form>
          <p aria-live="polite" className="mb-3 text-muted">{t('resultCount', { count: allPage.total })}</p>
          {all.length ? (
            <ThemeList
              themes={all.map((theme) => ({
                id: theme.id,
                title: theme.title,
                status: theme.status,
                statusLabel: tThemes(`statuses.${theme.status}`),
                details: [
                  tThemes(`categories.${theme.category}`),
                  theme.companyName ?? theme.proposerName ?? t('noProposer'),
                  formatShortDate(theme.createdAt, locale),
                  t('supports', { count: theme.supports }),
                  ...(theme.meetings.length ? [t('onMeetings', { meetings: theme.meetings.map((m) => m.title).join(', ') })] : []),
                ].join(' · '),
              }))}
            />
          ) : (
            <p className="rounded-md border border-zinc-300 p-4">{t('noResults')}</p>
          )}
          <Pager page={page} pages={Math.ceil(allPage.total / PAGE_SIZE)} href={(p) => pageHref(filters, p)} label={t('pagerLabel')} />
        </section>
      </>
    </AdminClientMessages>
  );
}
