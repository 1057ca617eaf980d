import { getTranslations } from 'next-intl/server';
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
        <Container>
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
        </Container>
      </nav>
    </header>
  );
}
