// The home page's newest articles (from the cached articles query).
import { getTranslations } from 'next-intl/server';
import { getLatestArticles } from '@/lib/articles/queries';
import { formatDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';

export async function LatestArticles({ locale }: { locale: string }) {
  const t = await getTranslations('home');
  const tArticles = await getTranslations('articles');
  const articles = await getLatestArticles(3);
  return (
    <section aria-labelledby="latest-articles" className="mb-12">
      <h2 id="latest-articles" className="text-2xl font-bold">{t('articlesTitle')}</h2>
      {articles.length === 0 ? (
        <p className="mt-2">{t('noArticles')}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-3">
          {articles.map((a) => (
            <li key={a.id} className="rounded-md border border-zinc-300 p-4">
              <h3 className="font-semibold">
                <Link href={`/articles/${a.slug}`} className="underline">{a.title}</Link>
              </h3>
              <p className="mt-1 text-sm text-muted">{tArticles('published', { date: formatDate(a.publishedAt!, locale) })}</p>
              <p className="mt-2">{a.lead}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-4">
        <Link href="/articles" className="font-semibold underline">{t('allArticles')}</Link>
      </p>
    </section>
  );
}
