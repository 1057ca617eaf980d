import { setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ClientMessages } from '@/app/_components/i18n/client-messages';

// Public pages are the same for every visitor. None is rendered at build time (the database
// is not there yet); each is rendered on its first visit and then served from the cache until
// an admin changes its data (see lib/cache). They must not read cookies or headers: per-user
// bits are small client islands.
export function generateStaticParams() {
  return [];
}

// The client islands of public pages: the registration panel (with its colleague rows), theme
// support and the news subscription form.
const publicClientTexts = ['registration', 'party', 'themes.support', 'subscriptions.subscribe'] as const;

export default async function PublicLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  // A layout renders apart from its page: without the locale set here, reading the texts would
  // read the request's headers, which a cached page must not.
  setRequestLocale((await params).locale);
  return <ClientMessages paths={publicClientTexts}>{children}</ClientMessages>;
}
