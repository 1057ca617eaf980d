import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { themeCategories } from '@/db/schema/themes';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ThemesView } from '../../_components/themes-view';

type Props = { params: Promise<{ locale: string; category: string }> };

// One cached page per category; unknown categories are 404.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

function asCategory(value: string) {
  return (themeCategories as readonly string[]).includes(value) ? (value as (typeof themeCategories)[number]) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category } = await params;
  const c = asCategory(category);
  if (!c) return {};
  const t = await getTranslations({ locale, namespace: 'themes' });
  return pageMetadata({
    locale,
    path: `/themes/category/${c}`,
    title: t('page.categoryTitle', { category: t(`categories.${c}`) }),
    description: t('page.description'),
  });
}

export default async function ThemeCategoryPage({ params }: Props) {
  const { locale, category } = await params;
  setRequestLocale(locale);
  const c = asCategory(category);
  if (!c) notFound();
  return <ThemesView locale={locale} category={c} />;
}
