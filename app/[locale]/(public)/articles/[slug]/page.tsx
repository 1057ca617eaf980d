// One published article. Static and cached like the list; an unknown or unpublished slug is a 404.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { getArticleBySlug } from '@/lib/articles/queries';
import { formatDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';

type Props = { params: Promise<{ locale: string; slug: string }> };

// No article is rendered at build time (the database is not there yet); each is rendered on its
// first visit and then served from the cache until the articles tag is invalidated.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = await getArticleBySlug(slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.lead,
    openGraph: { type: 'article', title: article.title, description: article.lead, publishedTime: article.publishedAt?.toISOString() },
  };
}

export default async function ArticlePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = await getArticleBySlug(slug);
  if (!article) notFound();
  const t = await getTranslations('articles');
  return (
    <Container>
      <article className="max-w-3xl">
        <p className="mb-4">
          <Link href="/articles" className="underline">
            {t('allArticles')}
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{article.title}</h1>
        <p className="mt-2 text-sm text-muted">
          <time dateTime={article.publishedAt?.toISOString()}>{t('published', { date: formatDate(article.publishedAt!, locale) })}</time>
        </p>
        <p className="mt-4 text-xl font-semibold">{article.lead}</p>
        <MarkdownText className="mt-6 text-lg">{article.body}</MarkdownText>
        <p className="mt-8 border-t border-zinc-300 pt-4">
          {t('fromMeeting', { meeting: article.meetingTitle })}{' '}
          <Link href={`/meetings/${article.meetingSlug}`} className="font-semibold underline">
            {t('seeMeeting')}
          </Link>
        </p>
      </article>
    </Container>
  );
}
