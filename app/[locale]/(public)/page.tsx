import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { getNextMeeting } from '@/lib/meetings/queries';
import { getAcceptedThemes } from '@/lib/themes/queries';
import { LatestArticles } from './_components/latest-articles';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  return { title: { absolute: t('metaTitle') }, description: t('metaDescription') };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('home');
  const tThemes = await getTranslations('themes');
  const [next, themes] = await Promise.all([getNextMeeting(), getAcceptedThemes()]);
  return (
    <Container>
      <section aria-labelledby="hero" className="mb-12">
        <h1 id="hero" className="text-4xl font-bold tracking-tight sm:text-5xl">{t('heroTitle')}</h1>
        <p className="mt-4 max-w-3xl text-xl text-muted">{t('heroText')}</p>
      </section>

      <section aria-labelledby="next-meeting" className="mb-12 rounded-lg border border-brand-600 bg-brand-50 p-6">
        <h2 id="next-meeting" className="text-sm font-bold uppercase tracking-wide text-brand-800">{t('nextMeeting')}</h2>
        {next ? (
          <div className="mt-2">
            <p className="text-2xl font-bold">{next.title}</p>
            <p className="mt-1 text-lg">{formatDateTime(next.startsAt, locale)} · {next.place}</p>
            {next.themes.length ? (
              <ul className="mt-3 list-disc pl-6">
                {next.themes.map((theme) => <li key={theme.id}>{theme.title}</li>)}
              </ul>
            ) : null}
            <p className="mt-4">
              <Link href={`/meetings/${next.slug}`} className={buttonClass.primary}>{t('seeMeeting')}</Link>
            </p>
          </div>
        ) : (
          <p className="mt-2">{t('noUpcoming')}</p>
        )}
      </section>

      <section aria-labelledby="themes" className="mb-12">
        <h2 id="themes" className="text-2xl font-bold">{t('themesTitle')}</h2>
        <p className="mt-2 text-muted">{t('themesIntro')}</p>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.id} className="rounded-md border border-zinc-300 p-4">
              <p className="text-sm text-muted">{tThemes(`categories.${theme.category}`)}</p>
              <p className="font-semibold">{theme.title}</p>
            </li>
          ))}
        </ul>
        <p className="mt-4 flex flex-wrap gap-3">
          <Link href="/portal/themes/new" className={buttonClass.primary}>{t('proposeTheme')}</Link>
          <Link href="/themes" className={buttonClass.secondary}>{t('allThemes')}</Link>
        </p>
      </section>

      <LatestArticles locale={locale} />

      <section aria-labelledby="purpose">
        <h2 id="purpose" className="text-2xl font-bold">{t('purposeTitle')}</h2>
        <p className="mt-2 max-w-3xl">{t('purposeText')}</p>
        <p className="mt-3">
          <Link href="/about" className="font-semibold underline">{t('readMore')}</Link>
        </p>
      </section>
    </Container>
  );
}
