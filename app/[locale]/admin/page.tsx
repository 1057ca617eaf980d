import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { requirePageAccess } from '@/lib/auth/gate';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function AdminDashboardPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('admin.access', '/admin');
  const t = await getTranslations('admin');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
    </>
  );
}
