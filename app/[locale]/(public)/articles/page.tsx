// All published articles, newest first. Static and cached: re-rendered when an article is
// published, corrected or taken down (tag 'articles').
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getPublishedArticles } from '@/lib/articles/queries';
import { formatDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'articles' });
  return {
    title: t('metaTitle'),
    description: t('metaDescription'),
    alternates: { types: { 'application/rss+xml': [{ url: '/feeds/articles.xml', title: t('feedTitle') }] } },
  };
}

export default async function ArticlesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('articles');
  const articles = await getPublishedArticles();
  return (
    <Container>
      <PageHeader title={t('title')} intro={t('intro')} />
      {articles.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="space-y-8">
          {articles.map((a) => (
            <li key={a.id} className="border-b border-zinc-300 pb-6">
              <article aria-labelledby={`article-${a.id}`}>
                <h2 id={`article-${a.id}`} className="text-2xl font-bold">
                  <Link href={`/articles/${a.slug}`} className="underline">
                    {a.title}
                  </Link>
                </h2>
                <p className="mt-1 text-sm text-muted">{t('published', { date: formatDate(a.publishedAt!, locale) })}</p>
                <p className="mt-2 max-w-3xl text-lg">{a.lead}</p>
              </article>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-8">
        {/* The feed is a file, not a page: a plain link. */}
        <a href="/feeds/articles.xml" type="application/rss+xml" className="font-semibold underline">
          {t('feed')}
        </a>
      </p>
    </Container>
  );
}
