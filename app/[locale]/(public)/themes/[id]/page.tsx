import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { Notice } from '@/app/_components/ui/notice';
import { pageMetadata, shortDescription } from '@/lib/seo/page-metadata';
import { Link } from '@/lib/i18n/navigation';
import { getThemePage } from '@/lib/themes/trail-queries';
import { isRouteId } from '@/lib/validation/route-id';
import { FollowPanel } from './follow-panel';
import { ThemeTrail } from './theme-trail';

type Props = { params: Promise<{ locale: string; id: string }> };

// Rendered on first visit and cached; a change to the theme, its meetings, their agendas or a
// briefing revalidates it, and the clock (a meeting becoming held) at least hourly.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

async function themeOf(id: string) {
  return isRouteId(id) ? getThemePage(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const theme = await themeOf(id);
  if (!theme) return {};
  const t = await getTranslations({ locale, namespace: 'themeTrail.page' });
  return pageMetadata({
    locale,
    path: `/themes/${theme.id}`,
    title: theme.title,
    description: shortDescription(theme.description || t('metaDescription', { title: theme.title })),
  });
}

export default async function ThemePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const theme = await themeOf(id);
  if (!theme) notFound();
  const t = await getTranslations('themeTrail.page');
  const tThemes = await getTranslations('themes');
  const mergedInto = theme.trail.find((s) => s.kind === 'mergedInto');

  return (
    <Container>
      <p className="mb-4">
        <Link href="/themes" className="underline">{t('allThemes')}</Link>
      </p>
      <p className="text-sm font-semibold text-muted">{tThemes(`categories.${theme.category}`)}</p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{theme.title}</h1>
      {mergedInto?.kind === 'mergedInto' ? (
        <div className="mt-4 max-w-3xl">
          <Notice>
            {t('mergedNotice')}{' '}
            <Link href={`/themes/${mergedInto.theme.id}`} className="font-semibold underline">{mergedInto.theme.title}</Link>
          </Notice>
        </div>
      ) : null}

      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t('category')}</dt>
        <dd>
          <Link href={`/themes/category/${theme.category}`} className="underline">{tThemes(`categories.${theme.category}`)}</Link>
        </dd>
        {theme.companyName ? (
          <>
            <dt className="font-semibold">{t('company')}</dt>
            <dd>{theme.companyName}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('supportersLabel')}</dt>
        <dd>{t('supporters', { count: theme.supporters })}</dd>
      </dl>

      <section aria-label={t('about')} className="mt-8">
        <MarkdownText>{theme.description}</MarkdownText>
      </section>

      <ThemeTrail steps={theme.trail} locale={locale} companyName={theme.companyName} />

      <FollowSection themeId={theme.id} themeTitle={theme.title} />
    </Container>
  );
}

async function FollowSection({ themeId, themeTitle }: { themeId: string; themeTitle: string }) {
  const t = await getTranslations('themeTrail.follow');
  return (
    <section id="follow" aria-labelledby="follow-title" className="mt-10 max-w-3xl scroll-mt-4 rounded-lg border border-brand-600 bg-brand-50 p-6">
      <h2 id="follow-title" className="text-2xl font-bold">{t('title')}</h2>
      <p className="mt-2 mb-4">{t('intro')}</p>
      <FollowPanel
        themeId={themeId}
        themeTitle={themeTitle}
        texts={{
          follow: t('follow'),
          following: t('following'),
          notFollowing: t('notFollowing'),
          signInHint: t('signInHint'),
          signIn: t('signIn'),
          onlyCompanies: t('onlyCompanies'),
          loading: t('loading'),
          saving: t('saving'),
          failed: t('errors.failed'),
          errors: { notFollowable: t('errors.notFollowable'), signedOut: t('errors.signedOut'), forbidden: t('errors.forbidden') },
        }}
      />
    </section>
  );
}
