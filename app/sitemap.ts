// The sitemap: every public page in Danish (no prefix) with its English alternate, including
// each published meeting, each theme category, each public theme and each published article.
import type { MetadataRoute } from 'next';
import { themeCategories } from '@/db/schema/themes';
import { getLatestArticles } from '@/lib/articles/queries';
import { getEnv } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';
import { getPublicMeetings } from '@/lib/meetings/queries';
import { localePath } from '@/lib/seo/page-metadata';
import { getPublicThemeIds } from '@/lib/themes/trail-queries';

// Built from the database on request (through the data cache), never at build time.
export const dynamic = 'force-dynamic';

const staticPaths = ['/', '/meetings', '/themes', '/articles', '/about', '/accessibility', '/privacy'];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = getEnv().SITE_URL.replace(/\/$/, '');
  const entry = (path: string, lastModified?: Date, priority?: number): MetadataRoute.Sitemap[number] => ({
    url: `${base}${localePath(routing.defaultLocale, path)}`,
    lastModified,
    priority,
    alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, `${base}${localePath(l, path)}`])) },
  });
  const [meetings, articles, themes] = await Promise.all([getPublicMeetings(), getLatestArticles(1000), getPublicThemeIds()]);
  return [
    ...staticPaths.map((p) => entry(p, undefined, p === '/' ? 1 : 0.7)),
    ...meetings.map((m) => entry(`/meetings/${m.slug}`, m.updatedAt, 0.8)),
    ...themeCategories.map((c) => entry(`/themes/category/${c}`, undefined, 0.4)),
    ...themes.map((t) => entry(`/themes/${t.id}`, t.updatedAt, 0.5)),
    ...articles.filter((a) => a.slug).map((a) => entry(`/articles/${a.slug}`, a.publishedAt ?? undefined, 0.6)),
  ];
}
