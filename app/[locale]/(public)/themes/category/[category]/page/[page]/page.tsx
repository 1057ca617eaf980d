import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { asCategory, categoryMetadata } from '../../../../_components/theme-category';
import { ThemesView, themesPageNumber } from '../../../../_components/themes-view';

type Props = { params: Promise<{ locale: string; category: string; page: string }> };

// Page 2, 3, … of one category: rendered on first visit and cached.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category, page } = await params;
  const c = asCategory(category);
  const n = themesPageNumber(page);
  return c && n ? categoryMetadata(locale, c, n) : {};
}

export default async function ThemeCategoryPageN({ params }: Props) {
  const { locale, category, page } = await params;
  setRequestLocale(locale);
  const c = asCategory(category);
  const n = themesPageNumber(page);
  if (!c || !n) notFound();
  return <ThemesView locale={locale} category={c} page={n} />;
}
