import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { readAuditFacets, readAuditLog, type AuditFilters } from '@/lib/audit/queries';
import { requirePageAccess } from '@/lib/auth/gate';
import { copenhagenTime, formatShortDate, formatTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { z } from 'zod';
import { FieldErrors } from '@/app/_components/form/field';
import { Notice } from '@/app/_components/ui/notice';
import { FilterSelect, filterFieldClass } from '../_components/filter-select';
import { SearchInput } from '../_components/search-input';
import { readSearchFilters, searchText } from '@/lib/admin/search-filters';
import { AuditChanges } from './audit-changes';
import { AuditSubject } from './audit-subject';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// What the URL may carry: the filter form's fields and the paging cursor, each as long as a person
// could type or the page itself writes (a day, an id); anything longer is refused, not cut.
const auditSearch = z.object({
  action: z.string().max(100).optional(),
  type: z.string().max(100).optional(),
  actor: searchText,
  from: z.string().max(10).optional(),
  to: z.string().max(10).optional(),
  before: z.string().max(20).optional(),
  entity: z.string().max(320).optional(),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.audit' });
  return { title: t('title'), robots: { index: false } };
}

/** A yyyy-mm-dd day as the instant it starts in Copenhagen, optionally a day later. */
function dayStart(value: string | undefined, addDays = 0): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return m ? copenhagenTime(Number(m[1]), Number(m[2]), Number(m[3]) + addDays) : undefined;
}


export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('audit.read', '/admin/audit');
  const t = await getTranslations('admin.audit');
  const read = readSearchFilters(auditSearch, await searchParams);
  const search = read.ok ? read.filters : {};
  const errors = read.ok ? {} : read.errors;
  const db = await getDb();
  const facets = await readAuditFacets(db);
  const filters: AuditFilters = {
    action: facets.actions.includes(search.action ?? '') ? search.action : undefined,
    entityType: facets.entityTypes.includes(search.type ?? '') ? search.type : undefined,
    actor: search.actor || undefined,
    entityId: search.entity || undefined,
    from: dayStart(search.from),
    to: dayStart(search.to, 1),
    before: Number.isSafeInteger(Number(search.before)) && Number(search.before) > 0 ? Number(search.before) : undefined,
  };
  // A refused filter runs no list: the page says which field to shorten instead.
  const { entries, hasMore } = read.ok ? await readAuditLog(db, filters) : { entries: [], hasMore: false };
  const keep = Object.fromEntries(Object.entries({ ...search, before: undefined }).filter(([, v]) => v)) as Record<string, string>;
  const older = entries.length ? { ...keep, before: String(entries[entries.length - 1].id) } : keep;
  const label = (action: string) => (withRuntimeKeys(t).has(`actions.${action}`) ? withRuntimeKeys(t)(`actions.${action}`) : action);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      {read.ok ? null : (
        <div className="mb-4">
          <Notice tone="error">{t('filterRefused')}</Notice>
          {Object.entries(errors)
            .filter(([field]) => field !== 'actor')
            .map(([field, fieldErrors]) => (
              <FieldErrors key={field} id={`audit-${field}-error`} errors={fieldErrors} />
            ))}
        </div>
      )}
      <form method="get" role="search" aria-label={t('filterLabel')} className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        <FilterSelect id="audit-action" name="action" label={t('action')} anyLabel={t('any')} value={filters.action}>
          {facets.actions.map((a) => <option key={a} value={a}>{label(a)}</option>)}
        </FilterSelect>
        <FilterSelect id="audit-type" name="type" label={t('entityType')} anyLabel={t('any')} value={filters.entityType}>
          {facets.entityTypes.map((e) => <option key={e} value={e}>{withRuntimeKeys(t).has(`types.${e}`) ? withRuntimeKeys(t)(`types.${e}`) : e}</option>)}
        </FilterSelect>
        <div>
          <label htmlFor="audit-actor" className="block font-semibold">{t('actor')}</label>
          <SearchInput id="audit-actor" name="actor" defaultValue={filters.actor} errors={errors.actor} className={filterFieldClass} />
        </div>
        <div>
          <label htmlFor="audit-from" className="block font-semibold">{t('from')}</label>
          <input id="audit-from" name="from" type="date" defaultValue={search.from} className={filterFieldClass} />
        </div>
        <div>
          <label htmlFor="audit-to" className="block font-semibold">{t('to')}</label>
          <input id="audit-to" name="to" type="date" defaultValue={search.to} className={filterFieldClass} />
        </div>
        {filters.entityId ? <input type="hidden" name="entity" value={filters.entityId} /> : null}
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClass.secondary}>{t('filter')}</button>
          <Link href="/admin/audit" className="mb-3 underline">{t('clear')}</Link>
        </div>
      </form>

      {entries.length ? (
        <div role="region" aria-label={t('tableLabel')} tabIndex={0} className="overflow-x-auto rounded-md border border-zinc-300">
          <table className="w-full min-w-[40rem] text-left text-sm">
            <caption className="sr-only">{t('tableLabel')}</caption>
            <thead className="bg-zinc-100">
              <tr>
                <th scope="col" className="p-2">{t('when')}</th>
                <th scope="col" className="p-2">{t('who')}</th>
                <th scope="col" className="p-2">{t('what')}</th>
                <th scope="col" className="p-2">{t('record')}</th>
                <th scope="col" className="p-2">{t('changes')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-200 align-top">
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row" className="p-2 font-normal whitespace-nowrap">{formatShortDate(e.createdAt, locale)} {formatTime(e.createdAt, locale)}</th>
                  <td className="p-2">
                    {e.actorName ? <span className="block">{e.actorName}</span> : null}
                    <span className="block break-all text-muted">{e.actorEmail ?? '–'}</span>
                  </td>
                  <td className="p-2">{label(e.action)}</td>
                  <td className="p-2">
                    <AuditSubject entry={e} type={withRuntimeKeys(t).has(`types.${e.entityType}`) ? withRuntimeKeys(t)(`types.${e.entityType}`) : e.entityType} />
                  </td>
                  <td className="p-2"><AuditChanges changes={e.changes} locale={locale} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="rounded-md border border-zinc-300 p-4">{t('empty')}</p>
      )}
      {hasMore ? (
        <p className="mt-4">
          <Link href={{ pathname: '/admin/audit', query: older }} className={buttonClass.secondary}>{t('older')}</Link>
        </p>
      ) : null}
    </>
  );
}
