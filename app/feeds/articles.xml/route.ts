// The RSS feed of published articles at /feeds/articles.xml (linked from every page's footer);
// ?format=atom gives the same as Atom. Read from the tagged cache, so publishing refreshes it.
import { getTranslations } from 'next-intl/server';
import { getArticlesForFeed } from '@/lib/articles/queries';
import { buildArticlesFeed } from '@/lib/articles/articles-feed';
import { guardedRoute } from '@/lib/auth/route';
import { getEnv } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';

export const GET = guardedRoute('public', async (request) => {
  const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'articles' });
  const feed = await buildArticlesFeed(await getArticlesForFeed(), getEnv().SITE_URL, {
    title: t('feedTitle'),
    description: t('feedDescription'),
    language: 'da',
  });
  const atom = request.nextUrl.searchParams.get('format') === 'atom';
  return new Response(atom ? feed.atom1() : feed.rss2(), {
    headers: {
      'Content-Type': `${atom ? 'application/atom+xml' : 'application/rss+xml'}; charset=utf-8`,
      'Cache-Control': 'public, max-age=300',
    },
  });
});
