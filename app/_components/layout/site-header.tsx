import { getLocale, getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';
import { SEARCH_QUERY_MAX } from '@/lib/search/rules';
import { Container } from '../ui/container';
import { IntentLink } from '../ui/intent-link';
import { LanguageSwitch } from './language-switch';
import { UserMenu } from './user-menu';

const publicNav = [
  { href: '/', key: 'home' },
  { href: '/meetings', key: 'meetings' },
  { href: '/themes', key: 'themes' },
  { href: '/articles', key: 'articles' },
  { href: '/about', key: 'about' },
] as const;

export async function SiteHeader() {
  const t = await getTranslations('common');
  const tSearch = await getTranslations('search.header');
  const searchPath = getPathname({ href: '/search', locale: await getLocale() });
  return (
    <header data-site-header className="border-b border-zinc-300 bg-white">
      <Container className="flex flex-wrap items-center justify-between gap-3 py-3">
        <IntentLink href="/" className="flex flex-col no-underline">
          <span className="text-lg font-bold text-ink">{t('siteName')}</span>
          <span className="text-sm text-muted">{t('municipality')}</span>
        </IntentLink>
        <div className="flex flex-wrap items-center gap-2">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </Container>
      <nav aria-label={t('nav.label')} className="border-t border-zinc-200 bg-zinc-50">
        <Container className="flex flex-wrap items-center justify-between gap-x-4">
          <ul className="flex flex-wrap gap-x-1 py-1">
            {publicNav.map((item) => (
              <li key={item.href}>
                {/* Prefetched on intent, not on every page view (see IntentLink). */}
                <IntentLink href={item.href} className="inline-block rounded px-3 py-2 font-medium text-ink underline-offset-4 hover:underline">
                  {t(`nav.${item.key}`)}
                </IntentLink>
              </li>
            ))}
          </ul>
          {/* A plain GET form: searching works without JavaScript, from every page. */}
          <form role="search" aria-label={tSearch('formLabel')} action={searchPath} method="get" className="flex items-center gap-1 py-1">
            <label htmlFor="site-search" className="sr-only">
              {tSearch('label')}
            </label>
            <input
              id="site-search"
              type="search"
              name="q"
              maxLength={SEARCH_QUERY_MAX}
              className="w-40 rounded-md border border-zinc-500 bg-white px-2 py-1 text-base sm:w-48"
            />
            <button type="submit" className="rounded-md border border-zinc-500 bg-white px-3 py-1 font-medium text-ink hover:bg-zinc-100">
              {tSearch('submit')}
            </button>
          </form>
        </Container>
      </nav>
    </header>
  );
}
