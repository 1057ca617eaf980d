import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { asCategory, categoryMetadata } from '../../_components/theme-category';
import { ThemesView } from '../../_components/themes-view';

type Props = { params: Promise<{ locale: string; category: string }> };

// One cached page per category; unknown categories are 404.
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, category } = await params;
  const c = asCategory(category);
  return c ? categoryMetadata(locale, c) : {};
}

export default async function ThemeCategoryPage({ params }: Props) {
  const { locale, category } = await params;
  setRequestLocale(locale);
  const c = asCategory(category);
  if (!c) notFound();
  return <ThemesView locale={locale} category={c} />;
}
