import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { themeCategories } from '@/db/schema/themes';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { ThemesView, themesPageNumber } from '../../../../_components/themes-view';

type Props = { params: Promise<{ locale: string; category: string; page: string }> };

// Page 2, 3, … of one category: rendered on first visit and cached.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

function asCategory(value: string) {
  return (themeCategories as readonly string[]).includes(value) ? (value as (typeof themeCategories)[number]) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category, page } = await params;
  const c = asCategory(category);
  const n = themesPageNumber(page);
  if (!c || !n) return {};
  const t = await getTranslations({ locale, namespace: 'themes' });
  return pageMetadata({
    locale,
    path: `/themes/category/${c}/page/${n}`,
    title: `${t('page.categoryTitle', { category: t(`categories.${c}`) })} (${n})`,
    description: t('page.description'),
  });
}

export default async function ThemeCategoryPageN({ params }: Props) {
  const { locale, category, page } = await params;
  setRequestLocale(locale);
  const c = asCategory(category);
  const n = themesPageNumber(page);
  if (!c || !n) notFound();
  return <ThemesView locale={locale} category={c} page={n} />;
}
