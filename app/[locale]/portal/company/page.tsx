import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { readCompanyMembership } from '@/lib/companies/queries';
import { requireCompanyProfile } from '@/lib/companies/require-company';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { DecideRequest, LeaveCompany } from './membership-forms';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ notice?: string }> };

/** Outcomes of the decisions that lead back here. Anything else in the address is ignored. */
const notices = ['approved', 'declined'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'portal.company' });
  return { title: t('title'), robots: { index: false } };
}

/** A member's view of the company's people: who is in, who asks to join, and leaving. */
export default async function CompanyMembersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', '/portal/company');
  const companyId = await requireCompanyProfile(user, '/portal/company');
  const t = await getTranslations('portal.company');
  const membership = await readCompanyMembership(await getDb(), companyId);
  if (!membership) return null;
  const { company, members, requests, membersDecide } = membership;
  const requested = (await searchParams).notice;
  const notice = notices.find((n) => n === requested);
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro', { company: company.name })} />
      {notice ? (
        <div className="mb-8 max-w-3xl">
          <Notice tone="success">{t(`messages.${notice}`)}</Notice>
        </div>
      ) : null}
      {!company.verifiedAt ? (
        <div className="mb-8 max-w-3xl">
          <Notice tone="info">{t('unverified')}</Notice>
        </div>
      ) : null}

      <section aria-labelledby="company-requests" className="mb-10 max-w-3xl">
        <h2 id="company-requests" className="mb-3 text-2xl font-bold">{t('requestsTitle')}</h2>
        {!membersDecide ? (
          <p className="text-muted">{t('secretariatDecides')}</p>
        ) : requests.length === 0 ? (
          <p className="text-muted">{t('noRequests')}</p>
        ) : (
          <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
            {requests.map((r) => {
              const label = r.name ?? r.email;
              return (
                <li key={r.id} className="flex flex-col gap-3 p-4">
                  <div>
                    <p className="text-lg font-semibold">{label}</p>
                    <p className="text-muted">{r.email}{r.jobTitle ? ` · ${r.jobTitle}` : ''}</p>
                    <p className="text-sm">{t('askedOn', { date: formatShortDate(r.createdAt, locale) })}</p>
                  </div>
                  <DecideRequest requestId={r.id} person={label} company={company.name} />
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="company-members" className="mb-10 max-w-3xl">
        <h2 id="company-members" className="mb-3 text-2xl font-bold">{t('membersTitle')}</h2>
        <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
          {members.map((m) => (
            <li key={m.id} className="p-4">
              <p className="font-semibold">
                {m.name ?? m.email}
                {m.id === user.id ? <span className="font-normal text-muted"> ({t('you')})</span> : null}
              </p>
              <p className="text-muted">{m.email}{m.jobTitle ? ` · ${m.jobTitle}` : ''}</p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="company-leave" className="max-w-3xl">
        <h2 id="company-leave" className="mb-2 text-2xl font-bold">{t('leaveTitle')}</h2>
        <p className="mb-4">{t('leaveIntro', { company: company.name })}</p>
        <LeaveCompany company={company.name} />
      </section>
    </>
  );
}
