import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ThemesView, themesPageNumber } from '../../_components/themes-view';

type Props = { params: Promise<{ locale: string; page: string }> };

// Page 2, 3, … of /themes: rendered on first visit and cached like /themes itself.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  const n = themesPageNumber(page);
  if (!n) return {};
  const t = await getTranslations({ locale, namespace: 'themes.page' });
  return pageMetadata({ locale, path: `/themes/page/${n}`, title: `${t('title')} (${n})`, description: t('description') });
}

export default async function ThemesPageN({ params }: Props) {
  const { locale, page } = await params;
  setRequestLocale(locale);
  const n = themesPageNumber(page);
  if (!n) notFound();
  return <ThemesView locale={locale} page={n} />;
}
