import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { getLatestArticles } from '@/lib/articles/queries';
import { formatDateTime, formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { getPublicMeetings, nextMeetingOf } from '@/lib/meetings/queries';
import { pageMetadata } from '@/lib/seo/page-metadata';
import { getLatestAcceptedThemes } from '@/lib/themes/queries';
import { SeatsText } from './meetings/_components/seats-text';
import { TitledSection } from '@/app/_components/ui/titled-section';

type Props = { params: Promise<{ locale: string }> };

// Which meeting is "next" follows the clock: render again at least hourly.
export const revalidate = 3600;

// The newest accepted themes only: the page stays small however many there are (all on /themes).
const LATEST_THEMES = 6;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  return pageMetadata({ locale, path: '/', title: t('metaTitle'), description: t('metaDescription'), absoluteTitle: true });
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const tThemes = await getTranslations('themes');
  const tNews = await getTranslations('subscriptions.subscribe');
  const [meetings, themes, articles] = await Promise.all([getPublicMeetings(), getLatestAcceptedThemes(LATEST_THEMES), getLatestArticles(3)]);
  const next = nextMeetingOf(meetings);
  return (
    <Container>
      <section aria-labelledby="hero" className="mb-12">
        <h1 id="hero" className="text-4xl font-bold tracking-tight sm:text-5xl">{t('heroTitle')}</h1>
        <p className="mt-4 max-w-3xl text-xl text-muted">{t('heroText')}</p>
      </section>

      <TitledSection id="next-meeting" title={t('nextMeeting')} className="mb-12 rounded-lg border border-brand-600 bg-brand-50 p-6" headingClassName="text-sm font-bold uppercase tracking-wide text-brand-800">
        {next ? (
          <div className="mt-2">
            <p className="text-2xl font-bold">{next.title}</p>
            <p className="mt-1 text-lg">
              <time dateTime={next.startsAt.toISOString()}>{formatDateTime(next.startsAt, locale)}</time> · {next.place}
            </p>
            {next.themes.length ? (
              <>
                <p className="mt-3 font-semibold">{t('nextThemes')}</p>
                <ul className="list-disc pl-6">
                  {next.themes.map((theme) => <li key={theme.id}>{theme.title}</li>)}
                </ul>
              </>
            ) : null}
            <p className="mt-3 font-semibold">
              <SeatsText capacity={next.capacity} taken={next.seatsTaken} waiting={next.waiting} />
            </p>
            {next.registrationDeadline ? (
              <p>{t('deadline', { date: formatDateTime(next.registrationDeadline, locale) })}</p>
            ) : null}
            <p className="mt-4 flex flex-wrap gap-3">
              <Link href={`/meetings/${next.slug}#register`} className={buttonClass.primary}>{t('register')}</Link>
              <Link href={`/meetings/${next.slug}`} className={buttonClass.secondary}>{t('seeProgramme')}</Link>
            </p>
          </div>
        ) : (
          <p className="mt-2">{t('noUpcoming')}</p>
        )}
      </TitledSection>

      <TitledSection id="news" title={tNews('promoTitle')} className="mb-12 max-w-3xl">
        <p className="mt-2">{tNews('promoText')}</p>
        <p className="mt-3">
          <Link href="/subscribe" className={buttonClass.secondary}>{tNews('promoLink')}</Link>
        </p>
      </TitledSection>

      <TitledSection id="themes" title={t('themesTitle')} className="mb-12">
        <p className="mt-2 max-w-3xl text-muted">{t('themesIntro')}</p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.id} className="rounded-md border border-zinc-300 p-4">
              <p className="text-sm text-muted">{tThemes(`categories.${theme.category}`)}</p>
              <p className="font-semibold">
                <Link href={`/themes/${theme.id}`} className="underline-offset-4 hover:underline">{theme.title}</Link>
              </p>
            </li>
          ))}
        </ul>
        <div className="mt-6 max-w-3xl rounded-md border border-zinc-300 bg-zinc-50 p-5">
          <p className="font-semibold">{t('proposeInvitation')}</p>
          <p className="mt-3 flex flex-wrap gap-3">
            <Link href="/portal/themes/new" className={buttonClass.primary}>{t('proposeTheme')}</Link>
            <Link href="/themes" className={buttonClass.secondary}>{t('allThemes')}</Link>
          </p>
        </div>
      </TitledSection>

      <TitledSection id="articles" title={t('articlesTitle')} className="mb-12">
        {articles.length ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-3">
            {articles.map((article) => (
              <li key={article.id} className="rounded-md border border-zinc-300 p-4">
                {article.publishedAt ? (
                  <p className="text-sm text-muted">
                    <time dateTime={article.publishedAt.toISOString()}>{formatShortDate(article.publishedAt, locale)}</time>
                  </p>
                ) : null}
                <p className="font-semibold">
                  <Link href={`/articles/${article.slug}`} className="underline">{article.title}</Link>
                </p>
                {article.lead ? <p className="mt-1 text-muted">{article.lead}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2">{t('noArticles')}</p>
        )}
        <p className="mt-4">
          <Link href="/articles" className="font-semibold underline">{t('allArticles')}</Link>
        </p>
      </TitledSection>


      <section aria-labelledby="purpose">
        <h2 id="purpose" className="text-2xl font-bold">{t('purposeTitle')}</h2>
        <p className="mt-2 max-w-3xl">{t('purposeText')}</p>
        <p className="mt-2 max-w-3xl">{t('openText')}</p>
        <p className="mt-3">
          <Link href="/about" className="font-semibold underline">{t('readMore')}</Link>
        </p>
      </section>
    </Container>
  );
}
