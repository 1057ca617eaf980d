import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

// Where a person lands after deleting their account (they are signed out by then).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'account.deleted' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AccountDeletedPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('account.deleted');
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('text')} />
      <Link href="/" className={buttonClass.primary}>{t('home')}</Link>
    </Container>
  );
}
