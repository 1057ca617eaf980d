// The company directory on /admin/companies: a GET form of filters (so every filtered view has
// its own address and works without JavaScript), the matching count, and a table of 50 a page.
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { pageNumber, Pager } from '@/app/_components/ui/pager';
import type { DbOrTx } from '@/db/client';
import { businessAreas } from '@/lib/directory/business-areas';
import { employeesBands } from '@/lib/directory/employee-bands';
import { DIRECTORY_PAGE_SIZE, readDirectory, readDirectoryIndustries } from '@/lib/directory/queries';
import { directoryFilterSchema, type DirectoryFilter } from '@/lib/directory/schema';
import { Link } from '@/lib/i18n/navigation';

export type SearchParams = Record<string, string | string[] | undefined>;

export function directoryFilterFrom(params: SearchParams): DirectoryFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return directoryFilterSchema.parse({
    q: first(params.q),
    industry: first(params.industry),
    band: first(params.band),
    area: first(params.area),
    members: first(params.members),
    subscribed: first(params.subscribed),
    page: pageNumber(first(params.page)),
  });
}

/** The address of a filtered page of the directory. */
function directoryHref(filter: DirectoryFilter, page: number) {
  const query = new URLSearchParams();
  for (const key of ['q', 'industry', 'band', 'area', 'members', 'subscribed'] as const) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return `/admin/companies${text ? `?${text}` : ''}#directory`;
}

const selectClass = 'mt-1 block w-full rounded-md border border-zinc-500 bg-white px-3 py-2 text-base';

export async function DirectorySection({ db, filter }: { db: DbOrTx; filter: DirectoryFilter }) {
  const t = await getTranslations('directory');
  const [{ rows, total, page, pages }, industries] = await Promise.all([readDirectory(db, filter), readDirectoryIndustries(db)]);
  const from = total === 0 ? 0 : (page - 1) * DIRECTORY_PAGE_SIZE + 1;
  const to = (page - 1) * DIRECTORY_PAGE_SIZE + rows.length;
  const yesNo = (name: 'members' | 'subscribed') => (
    <div>
      <label htmlFor={`directory-${name}`} className="block font-semibold">{t(`filters.${name}`)}</label>
      <select id={`directory-${name}`} name={name} defaultValue={filter[name] ?? ''} className={selectClass}>
        <option value="">{t('filters.any')}</option>
        <option value="yes">{t('filters.yes')}</option>
        <option value="no">{t('filters.no')}</option>
      </select>
    </div>
  );
  return (
    <section id="directory" aria-labelledby="directory-title" className="mb-10 scroll-mt-4">
      <div className="mb-3 flex flex-col gap-2 sm:flex-row sm:items-baseline sm:justify-between">
        <h2 id="directory-title" className="text-2xl font-bold">{t('sectionTitle')}</h2>
        <Link href="/admin/companies/import" className="font-semibold underline">{t('importLink')}</Link>
      </div>
      <p className="mb-4 text-muted">{t('intro')}</p>

      <form method="get" action="#directory" className="mb-6 rounded-md border border-zinc-300 p-4">
        <fieldset>
          <legend className="mb-3 text-lg font-semibold">{t('filters.legend')}</legend>
          <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <div className="sm:col-span-2 lg:col-span-3">
              <label htmlFor="directory-q" className="block font-semibold">{t('filters.q')}</label>
              <input id="directory-q" name="q" type="search" defaultValue={filter.q ?? ''} maxLength={100} className={selectClass} />
            </div>
            <div>
              <label htmlFor="directory-industry" className="block font-semibold">{t('filters.industry')}</label>
              <select id="directory-industry" name="industry" defaultValue={filter.industry ?? ''} className={selectClass}>
                <option value="">{t('filters.anyIndustry')}</option>
                {industries.map((i) => (
                  <option key={i.code} value={i.code}>{i.text ? `${i.code} ${i.text}` : i.code}</option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="directory-band" className="block font-semibold">{t('filters.band')}</label>
              <select id="directory-band" name="band" defaultValue={filter.band ?? ''} className={selectClass}>
                <option value="">{t('filters.anyBand')}</option>
                {employeesBands.map((b) => <option key={b} value={b}>{b}</option>)}
              </select>
            </div>
            <div>
              <label htmlFor="directory-area" className="block font-semibold">{t('filters.area')}</label>
              <select id="directory-area" name="area" defaultValue={filter.area ?? ''} className={selectClass}>
                <option value="">{t('filters.anyArea')}</option>
                {businessAreas.map((a) => <option key={a} value={a}>{t(`areas.${a}`)}</option>)}
              </select>
            </div>
            {yesNo('members')}
            {yesNo('subscribed')}
          </div>
          <div className="mt-4 flex flex-wrap items-center gap-4">
            <button type="submit" className={buttonClass.primary}>{t('filters.apply')}</button>
            <Link href="/admin/companies#directory" className="underline">{t('filters.clear')}</Link>
          </div>
        </fieldset>
      </form>

      <p role="status" className="mb-3 font-semibold" data-testid="directory-count">
        {t('results', { count: total })}
        {total > 0 ? <span className="font-normal"> {t('resultsRange', { from, to, count: total })}</span> : null}
      </p>
      {rows.length === 0 ? (
        <p className="text-muted">{t('empty')}</p>
      ) : (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="directory-caption">
          <table className="w-full min-w-[40rem] border-collapse text-left">
            <caption id="directory-caption" className="sr-only">{t('tableCaption', { page, pages })}</caption>
            <thead>
              <tr className="border-b-2 border-zinc-400">
                <th scope="col" className="p-2">{t('columns.name')}</th>
                <th scope="col" className="p-2">{t('columns.industry')}</th>
                <th scope="col" className="p-2">{t('columns.band')}</th>
                <th scope="col" className="p-2">{t('columns.area')}</th>
                <th scope="col" className="p-2">{t('columns.members')}</th>
                <th scope="col" className="p-2">{t('columns.subscribed')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} className="border-b border-zinc-200 align-top" data-testid="directory-row">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/admin/companies/${c.cvr}`} className="font-semibold underline">{c.name}</Link>
                    <span className="block text-sm text-muted">CVR {c.cvr}{c.address ? ` · ${c.address}` : ''}</span>
                  </th>
                  <td className="p-2">{c.industry ?? c.industryCode ?? t('noValue')}</td>
                  <td className="p-2">{c.employeesBand ?? t('noValue')}</td>
                  <td className="p-2">{c.area ? t(`areas.${c.area as (typeof businessAreas)[number]}`) : t('noValue')}</td>
                  <td className="p-2">{c.members}</td>
                  <td className="p-2">{c.subscribed ? t('yes') : t('no')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager page={page} pages={pages} href={(p) => directoryHref(filter, p)} label={t('pagerLabel')} />
    </section>
  );
}
