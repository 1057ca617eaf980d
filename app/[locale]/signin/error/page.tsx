import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Notice } from '@/app/_components/ui/notice';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

const known = ['Verification', 'AccessDenied', 'Configuration'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'auth.error' });
  return { title: t('title'), robots: { index: false } };
}

export default async function SignInErrorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('auth.error');
  const { error } = await searchParams;
  const key = known.find((k) => k === error) ?? 'Default';
  return (
    <Container>
      <PageHeader title={t('title')} />
      <Notice tone="error">{t(key)}</Notice>
      <p className="mt-6">
        <Link href="/signin" className={buttonClass.primary}>{t('again')}</Link>
      </p>
    </Container>
  );
}
