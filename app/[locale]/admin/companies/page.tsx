import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { approveJoinRequestAsSecretariatAction, declineJoinRequestAsSecretariatAction, verifyCompanyAction } from '@/lib/companies/actions';
import { readPendingJoinRequests } from '@/lib/companies/queries';
import { readCompaniesToVerify } from '@/lib/directory/queries';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { ConfirmAction } from '../_components/confirm-action';
import { directoryFilterFrom, DirectorySection, type SearchParams } from './_directory/directory-section';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.companies' });
  return { title: t('title'), robots: { index: false } };
}

/** The secretariat's companies: requests waiting, companies to verify, and the company directory. */
export default async function AdminCompaniesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('company.manage', '/admin/companies');
  const t = await getTranslations('admin.companies');
  const db = await getDb();
  const [requests, unverified] = await Promise.all([readPendingJoinRequests(db), readCompaniesToVerify(db)]);
  const filter = directoryFilterFrom(await searchParams);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />

      <section aria-labelledby="companies-requests" className="mb-10">
        <h2 id="companies-requests" className="mb-3 text-2xl font-bold">{t('requestsTitle', { count: requests.length })}</h2>
        {requests.length === 0 ? (
          <p className="text-muted">{t('noRequests')}</p>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
            {requests.map((r) => {
              const person = r.personName ?? r.personEmail;
              return (
                <li key={r.id} className="flex flex-col gap-3 p-4 lg:flex-row lg:items-start lg:justify-between">
                  <div>
                    <p className="text-lg font-semibold">{person}</p>
                    <p className="text-muted">{r.personEmail}</p>
                    <p>
                      {t('asksToJoin')}{' '}
                      <Link href={`/admin/companies/${r.companyCvr}`} className="underline">{r.companyName}</Link> ({t('cvr', { cvr: r.companyCvr })}) ·{' '}
                      {formatShortDate(r.createdAt, locale)}
                    </p>
                    <p className="text-sm">
                      {!r.companyVerified ? t('onlySecretariatUnverified') : r.members === 0 ? t('onlySecretariatNoMembers') : t('membersAsked', { count: r.members })}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <ConfirmAction
                      action={approveJoinRequestAsSecretariatAction}
                      hidden={{ requestId: r.id }}
                      label={t('approve')}
                      question={t('approveQuestion', { person, company: r.companyName })}
                      confirmLabel={t('approveConfirm')}
                      variant="primary"
                    />
                    <ConfirmAction
                      action={declineJoinRequestAsSecretariatAction}
                      hidden={{ requestId: r.id }}
                      label={t('decline')}
                      question={t('declineQuestion', { person, company: r.companyName })}
                      confirmLabel={t('declineConfirm')}
                    />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="companies-unverified" className="mb-10">
        <h2 id="companies-unverified" className="mb-3 text-2xl font-bold">{t('unverifiedTitle', { count: unverified.length })}</h2>
        <p className="mb-3 text-muted">{t('unverifiedIntro')}</p>
        {unverified.length === 0 ? (
          <p className="text-muted">{t('noUnverified')}</p>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
            {unverified.map((c) => (
              <li key={c.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
                <p>
                  <Link href={`/admin/companies/${c.cvr}`} className="font-semibold underline">{c.name}</Link> · {t('cvr', { cvr: c.cvr })} ·{' '}
                  {t('membersCount', { count: c.members })} · {t('registeredOn', { date: formatShortDate(c.createdAt, locale) })}
                </p>
                <ConfirmAction
                  action={verifyCompanyAction}
                  hidden={{ companyId: c.id }}
                  label={t('verify')}
                  question={t('verifyQuestion', { company: c.name, cvr: c.cvr })}
                  confirmLabel={t('verifyConfirm')}
                  variant="primary"
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <DirectorySection db={db} filter={filter} />
    </>
  );
}
