import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/app/_components/layout/site-footer';
import { SiteHeader } from '@/app/_components/layout/site-header';
import { SkipLink } from '@/app/_components/layout/skip-link';
import { getEnv } from '@/lib/env';
import { routing } from '@/lib/i18n/routing';
import '../globals.css';

/** Only these namespaces are sent to the browser; the rest stay on the server. */
const clientNamespaces = ['common', 'validation', 'auth', 'registration', 'portal', 'themes', 'account', 'followupEditor', 'subscriptions', 'party'] as const;

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
  const messages = await getMessages();
  const t = await getTranslations('common');
  const clientMessages = Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans antialiased">
        <NextIntlClientProvider messages={clientMessages}>
          <SkipLink label={t('skipToContent')} />
          <SiteHeader />
          <main id="main" tabIndex={-1} className="flex-1 py-10 outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
