import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { SiteFooter } from '@/app/_components/layout/site-footer';
import { SiteHeader } from '@/app/_components/layout/site-header';
import { SkipLink } from '@/app/_components/layout/skip-link';
import { getEnv } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';
import '../globals.css';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'home' });
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: t('metaTitle'), template: `%s – ${t('heroTitle')}` },
    description: t('metaDescription'),
    openGraph: { siteName: t('heroTitle'), locale: locale === 'en' ? 'en_GB' : 'da_DK', type: 'website' },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('common');
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans antialiased">
        {/* Only what the header, the footer and the error page read: each area's layout or page
            sends its own texts, so a page does not carry every other page's in its payload. */}
        <ClientMessages paths={[]}>
          <SkipLink label={t('skipToContent')} />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 py-10 outline-none">
            {children}
          </main>
          <SiteFooter />
        </ClientMessages>
      </body>
    </html>
  );
}
