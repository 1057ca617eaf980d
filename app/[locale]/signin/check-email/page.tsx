import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.checkEmail' });
  return { title: t('title'), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth.checkEmail');
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('text')} />
      <p>{t('notArrived')}</p>
      <p className="mt-4">
        <Link href="/signin" className="font-semibold underline">{t('again')}</Link>
      </p>
    </Container>
  );
}
