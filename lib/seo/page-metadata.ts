// Title, description, canonical address, language alternates and Open Graph for a page, in one
// call, so every page carries the same complete set. (A page's openGraph replaces the layout's
// entirely, so siteName and locale are repeated here.)
import 'server-only';
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';

export function localePath(locale: string, path: string) {
  const clean = path === '/' ? '' : path;
  return locale === routing.defaultLocale ? clean || '/' : `/${locale}${clean}`;
}

type PageMeta = {
  locale: string;
  /** The path without locale prefix, e.g. '/meetings/oktober-2014'. */
  path: string;
  title: string;
  description: string;
  /** The home page's title is not put through the layout's "%s – site" template. */
  absoluteTitle?: boolean;
  noIndex?: boolean;
};

export async function pageMetadata({ locale, path, title, description, absoluteTitle, noIndex }: PageMeta): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'home' });
  const url = localePath(locale, path);
  return {
    title: absoluteTitle ? { absolute: title } : title,
    description,
    alternates: {
      canonical: url,
      languages: {
        ...Object.fromEntries(routing.locales.map((l) => [l, localePath(l, path)])),
        'x-default': localePath(routing.defaultLocale, path),
      },
    },
    openGraph: {
      title,
      description,
      url,
      siteName: t('heroTitle'),
      locale: locale === 'en' ? 'en_GB' : 'da_DK',
      type: 'website',
    },
    ...(noIndex ? { robots: { index: false, follow: false } } : {}),
  };
}

/** A description of at most ~160 characters from a longer text, cut at a word. */
export function shortDescription(text: string, max = 160) {
  const plain = text.replace(/[#*_`>[\]()]/g, '').replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  return `${plain.slice(0, plain.lastIndexOf(' ', max - 1)).replace(/[,.;:]$/, '')} …`;
}
