import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { readProfile } from '@/lib/companies/queries';
import { Link } from '@/lib/i18n/navigation';
import { ProfileForm } from './profile-form';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

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
  const profile = await readProfile(await getDb(), user.id);
  const company = profile?.company ?? null;
  const next = safeReturnPath((await searchParams).next);
  const s = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return (
    <>
      <PageHeader title={company ? t('title') : t('firstTitle')} intro={company ? t('intro') : t('firstIntro')} />
      <ProfileForm
        hasCompany={Boolean(company)}
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
