import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { requirePageAccess } from '@/lib/auth/gate';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'portal' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function PortalPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', '/portal');
  const t = await getTranslations('portal');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')}>
        <p className="mt-2">{user.name ? t('welcome', { name: user.name }) : t('welcomeNoName')}</p>
      </PageHeader>
    </>
  );
}
