import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pager, pageNumber } from '@/app/_components/ui/pager';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { readSubscribersPage, readUnmarkedCompanyAddresses } from '@/lib/subscriptions/queries';
import { removeSubscriptionAction } from '@/lib/subscriptions/actions';
import { ConfirmAction } from '../_components/confirm-action';
import { MarkContactsForm } from './mark-contacts-form';
import { AdminClientMessages } from '../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'subscriptions.admin' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** Who gets the forum's news: counts, every address page by page, blocked addresses, and company contacts to mark. */
export default async function AdminSubscribersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('company.manage', '/admin/subscribers');
  const t = await getTranslations('subscriptions.admin');
  const page = pageNumber((await searchParams).page);
  const db = await getDb();
  const [list, unmarked] = await Promise.all([readSubscribersPage(db, page), readUnmarkedCompanyAddresses(db)]);
  const date = (d: Date | null) => (d ? formatShortDate(d, locale) : '–');
  const counts = [
    ['active', list.counts.active],
    ['consent', list.counts.consent],
    ['businessService', list.counts.businessService],
    ['pending', list.counts.pending],
    ['unsubscribedCount', list.counts.unsubscribed],
  ] as const;
  return (
    <AdminClientMessages paths={['subscriptions.admin']}>
      <>
        <PageHeader title={t('title')} intro={t('intro')} />

        <section aria-labelledby="subscribers-counts" className="mb-10">
          <h2 id="subscribers-counts" className="sr-only">{t('counts')}</h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
            {counts.map(([key, n]) => (
              <div key={key} className="rounded-md border border-zinc-300 p-3">
                <dt className="text-sm">{t(key)}</dt>
                <dd className="text-2xl font-bold" data-count={key}>{n}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section aria-labelledby="subscribers-list" className="mb-10">
          <h2 id="subscribers-list" className="mb-3 text-2xl font-bold">{t('listTitle')}</h2>
          {list.rows.length === 0 ? (
            <p className="text-muted">{t('empty')}</p>
          ) : (
            <div role="region" aria-labelledby="subscribers-list" tabIndex={0} className="overflow-x-auto rounded-md border border-zinc-300">
              <table className="w-full text-left text-sm">
                <thead className="bg-zinc-100">
                  <tr>
                    <th scope="col" className="p-2">{t('email')}</th>
                    <th scope="col" className="p-2">{t('status')}</th>
                    <th scope="col" className="p-2">{t('basis')}</th>
                    <th scope="col" className="p-2">{t('source')}</th>
                    <th scope="col" className="p-2">{t('created')}</th>
                    <th scope="col" className="p-2">{t('confirmedAt')}</th>
                    <th scope="col" className="p-2">{t('unsubscribedAt')}</th>
                    <th scope="col" className="p-2">{t('actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.rows.map((r) => (
                    <tr key={r.id} className="border-t border-zinc-200 align-top" data-subscriber={r.email}>
                      <td className="min-w-48 break-all p-2">
                        {r.email}
                        {r.companyName ? <span className="block text-muted">{r.companyName}</span> : null}
                      </td>
                      <td className="p-2">
                        {t(`statuses.${r.status}`)}
                        {r.suppressedReason ? <span className="ml-1 rounded bg-red-100 px-1 text-red-900">{t('suppressedMark')}</span> : null}
                      </td>
                      <td className="p-2">
                        {t(`bases.${r.legalBasis}`)}
                        {r.legalNote ? <span className="block text-muted">{r.legalNote}</span> : null}
                      </td>
                      <td className="p-2">{t(`sources.${r.source}`)}</td>
                      <td className="p-2 whitespace-nowrap">{date(r.createdAt)}</td>
                      <td className="p-2 whitespace-nowrap">{date(r.confirmedAt)}</td>
                      <td className="p-2 whitespace-nowrap">{date(r.unsubscribedAt)}</td>
                      <td className="p-2">
                        <ConfirmAction
                          action={removeSubscriptionAction}
                          hidden={{ subscriptionId: r.id }}
                          label={t('remove')}
                          question={t('removeHeading', { email: r.email })}
                          confirmLabel={t('removeConfirm')}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Pager page={page} pages={list.pages} href={(p) => `/admin/subscribers?page=${p}`} label={t('pager')} />
        </section>

        <section aria-labelledby="subscribers-suppressed" className="mb-10">
          <h2 id="subscribers-suppressed" className="mb-2 text-2xl font-bold">{t('suppressionsTitle')}</h2>
          <p className="mb-3 max-w-3xl">{t('suppressionsIntro')}</p>
          {list.suppressions.length === 0 ? (
            <p className="text-muted">{t('suppressionsEmpty')}</p>
          ) : (
            <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
              {list.suppressions.map((s) => (
                <li key={s.email} className="flex flex-wrap gap-x-4 p-3" data-suppressed={s.email}>
                  <span className="break-all font-semibold">{s.email}</span>
                  <span>{t(`reasons.${s.reason}`)}</span>
                  <span className="text-muted">{t('since')} {date(s.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="subscribers-contacts" className="mb-10">
          <h2 id="subscribers-contacts" className="mb-2 text-2xl font-bold">{t('contactsTitle')}</h2>
          <p className="mb-3 max-w-3xl">{t('contactsIntro')}</p>
          {unmarked.length === 0 ? <p className="text-muted">{t('contactsEmpty')}</p> : <MarkContactsForm companies={unmarked} />}
        </section>
      </>
    </AdminClientMessages>
  );
}
