import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { readJoinRequestState, readProfile } from '@/lib/companies/queries';
import { Link } from '@/lib/i18n/navigation';
import { JoinRequestPending } from './join-request-pending';
import { ProfileForm } from './profile-form';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; notice?: string }> };

/** Outcomes of the membership forms that lead back here. Anything else in the address is ignored. */
const notices = ['requestWithdrawn', 'left'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'portal.profile' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', '/portal/profile');
  const t = await getTranslations('portal.profile');
  const db = await getDb();
  const [profile, request] = await Promise.all([readProfile(db, user.id), user.companyId ? null : readJoinRequestState(db, user.id)]);
  const company = profile?.company ?? null;
  const search = await searchParams;
  const next = safeReturnPath(search.next);
  const notice = notices.find((n) => n === search.notice);
  const pending = request?.status === 'pending' ? request : null;
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return (
    <>
      <PageHeader
        title={company ? t('title') : pending ? t('pendingTitle') : t('firstTitle')}
        intro={company ? t('intro') : pending ? t('pendingIntro') : t('firstIntro')}
      />
      {notice ? (
        <div className="mb-6 max-w-2xl">
          <Notice tone="success">{t(`notices.${notice}`)}</Notice>
        </div>
      ) : null}
      {pending ? <JoinRequestPending cvr={pending.cvr} /> : null}
      {request?.status === 'declined' ? (
        <div className="mb-6 max-w-2xl">
          <Notice tone="warning">{t('declined', { cvr: request.cvr })}</Notice>
        </div>
      ) : null}
      <ProfileForm
        hasCompany={Boolean(company)}
        pendingCvr={pending?.cvr}
        next={next}
        initial={{
          name: s(profile?.name),
          jobTitle: s(profile?.jobTitle),
          phone: s(profile?.phone),
          cvr: s(company?.cvr),
          companyName: s(company?.name),
          address: s(company?.address),
          postalCode: s(company?.postalCode),
          city: s(company?.city),
          industry: s(company?.industry),
          employees: s(company?.employees),
          website: s(company?.website),
        }}
      />
      <p className="mt-8 max-w-2xl text-sm text-muted">
        {t('privacy')}{' '}
        <Link href="/privacy" className="underline">{t('privacyLink')}</Link>
      </p>
    </>
  );
}
