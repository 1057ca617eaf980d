import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { requirePageAccess } from '@/lib/auth/gate';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'council' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function CouncilPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('council.read', '/council');
  const t = await getTranslations('council');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
    </>
  );
}
