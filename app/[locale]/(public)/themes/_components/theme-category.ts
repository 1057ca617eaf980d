// A category's theme list, first page or later: which category the address names (null for one
// that does not exist, which is 404) and the page's title and metadata.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { themeCategories } from '@/db/schema/themes';
import { pageMetadata } from '@/lib/seo/page-metadata';

export type ThemeCategory = (typeof themeCategories)[number];

export function asCategory(value: string): ThemeCategory | null {
  return (themeCategories as readonly string[]).includes(value) ? (value as ThemeCategory) : null;
}

/** Page 1 has the category's own address; later pages add /page/n and the number to the title. */
export async function categoryMetadata(locale: string, category: ThemeCategory, page?: number): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'themes' });
  const title = t('page.categoryTitle', { category: t(`categories.${category}`) });
  return pageMetadata({
    locale,
    path: page ? `/themes/category/${category}/page/${page}` : `/themes/category/${category}`,
    title: page ? `${title} (${page})` : title,
    description: t('page.description'),
  });
}
