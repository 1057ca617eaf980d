import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import {
  approveJoinRequestAsSecretariatAction,
  declineJoinRequestAsSecretariatAction,
  removeCompanyMemberAction,
  setCompanyDomainAction,
  verifyCompanyAction,
} from '@/lib/companies/actions';
import { readCompanyForAdmin } from '@/lib/companies/queries';
import { saveDirectoryEntryAction } from '@/lib/directory/actions';
import { readDirectoryEntry } from '@/lib/directory/queries';
import { isValidCvr } from '@/lib/companies/cvr';
import { formatDateTime, formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { ConfirmAction } from '../../_components/confirm-action';
import { DirectoryEntryForm } from './directory-entry-form';
import { DomainForm } from './domain-form';

type Props = { params: Promise<{ locale: string; cvr: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.companies' });
  return { title: t('title'), robots: { index: false } };
}

/** One company: its verification, proven domain, members (remove) and requests (decide). */
export default async function AdminCompanyPage({ params }: Props) {
  const { locale, cvr } = await params;
  setRequestLocale(locale);
  await requirePageAccess('company.manage', `/admin/companies/${encodeURIComponent(cvr)}`);
  if (!isValidCvr(cvr)) notFound();
  const t = await getTranslations('admin.companies');
  const db = await getDb();
  const [found, entry] = await Promise.all([readCompanyForAdmin(db, cvr), readDirectoryEntry(db, cvr)]);
  if (!found || !entry) notFound();
  const tDirectory = await getTranslations('directory.edit');
  const { company, members, requests } = found;
  const address = [company.address, [company.postalCode, company.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  return (
    <>
      <p className="mb-2">
        <Link href="/admin/companies" className="underline">{t('back')}</Link>
      </p>
      <PageHeader title={company.name} intro={`${t('cvr', { cvr: company.cvr })}${address ? ` · ${address}` : ''}`} />

      <section aria-labelledby="company-verification" className="mb-8 max-w-3xl">
        <h2 id="company-verification" className="mb-2 text-xl font-bold">{t('verificationTitle')}</h2>
        {company.verifiedAt ? (
          <p>
            {/* Companies from before verification existed (and the demo data) have no verifier. */}
            {company.verifiedById
              ? t('verifiedBy', { date: formatDateTime(company.verifiedAt, locale), by: company.verifiedBy ?? company.verifiedByEmail ?? t('unknownPerson') })
              : t('verifiedOn', { date: formatDateTime(company.verifiedAt, locale) })}
          </p>
        ) : (
          <div className="flex flex-col gap-3">
            <p className="font-semibold text-amber-900">{t('notVerifiedText')}</p>
            <ConfirmAction
              action={verifyCompanyAction}
              hidden={{ companyId: company.id }}
              label={t('verify')}
              question={t('verifyQuestion', { company: company.name, cvr: company.cvr })}
              confirmLabel={t('verifyConfirm')}
              variant="primary"
            />
          </div>
        )}
      </section>

      <section aria-labelledby="company-domain" className="mb-8 max-w-3xl">
        <h2 id="company-domain" className="mb-2 text-xl font-bold">{t('domainTitle')}</h2>
        <p className="mb-3 text-muted">{t('domainIntro')}</p>
        <DomainForm action={setCompanyDomainAction} companyId={company.id} domain={company.provenDomain ?? ''} />
      </section>

      <section aria-labelledby="company-directory" className="mb-8 max-w-3xl">
        <h2 id="company-directory" className="mb-2 text-xl font-bold">{tDirectory('title')}</h2>
        <p className="mb-1 text-muted">{tDirectory('intro')}</p>
        <p className="mb-3 text-muted">
          {entry.importedAt ? tDirectory('importedOn', { date: formatDateTime(entry.importedAt, locale) }) : tDirectory('notImported')}
        </p>
        <DirectoryEntryForm action={saveDirectoryEntryAction} companyId={company.id} entry={entry} />
      </section>

      <section aria-labelledby="company-requests" className="mb-8 max-w-3xl">
        <h2 id="company-requests" className="mb-2 text-xl font-bold">{t('companyRequestsTitle', { count: requests.length })}</h2>
        {requests.length === 0 ? <p className="text-muted">{t('noRequests')}</p> : (
          <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
            {requests.map((r) => {
              const person = r.name ?? r.email;
              return (
                <li key={r.id} className="flex flex-col gap-3 p-4">
                  <p><span className="font-semibold">{person}</span> · {r.email} · {formatShortDate(r.createdAt, locale)}</p>
                  <div className="flex flex-wrap gap-2">
                    <ConfirmAction action={approveJoinRequestAsSecretariatAction} hidden={{ requestId: r.id }} label={t('approve')} question={t('approveQuestion', { person, company: company.name })} confirmLabel={t('approveConfirm')} variant="primary" />
                    <ConfirmAction action={declineJoinRequestAsSecretariatAction} hidden={{ requestId: r.id }} label={t('decline')} question={t('declineQuestion', { person, company: company.name })} confirmLabel={t('declineConfirm')} />
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="company-members" className="max-w-3xl">
        <h2 id="company-members" className="mb-2 text-xl font-bold">{t('membersTitle', { count: members.length })}</h2>
        {members.length === 0 ? <p className="text-muted">{t('noMembers')}</p> : (
          <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
            {members.map((m) => {
              const person = m.name ?? m.email;
              return (
                <li key={m.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
                  <p><span className="font-semibold">{person}</span> · {m.email}{m.jobTitle ? ` · ${m.jobTitle}` : ''}</p>
                  <ConfirmAction action={removeCompanyMemberAction} hidden={{ companyId: company.id, userId: m.id }} label={t('remove')} question={t('removeQuestion', { person, company: company.name })} confirmLabel={t('removeConfirm')} />
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
