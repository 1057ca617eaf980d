'use client';
// Links to the same page in the other language. Rendered on the server too (no search
// params read, so static pages stay static), so it works before any script has run. A page
// opened from a signed link (/release-seat?code=…, /council/rsvp?code=…) or a search keeps its
// query: the click adds it, since the server-rendered link cannot know it.
import type { MouseEvent } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

function keepQuery(event: MouseEvent<HTMLAnchorElement>) {
  const query = window.location.search;
  const plainClick = event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
  if (!query || !plainClick) return;
  event.preventDefault();
  // A full load on purpose: the other locale renders another root layout and message set.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  window.location.assign(`${event.currentTarget.pathname}${query}`);
}

export function LanguageSwitch() {
  const t = useTranslations('common.language');
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === 'da' ? 'en' : 'da';
  return (
    <Link
      href={pathname}
      locale={other}
      lang={other}
      hrefLang={other}
      aria-label={t('switchToLabel')}
      onClick={keepQuery}
      className="rounded px-2 py-1 font-semibold text-brand-700 underline hover:text-brand-800"
    >
      {t('switchTo')}
    </Link>
  );
}
