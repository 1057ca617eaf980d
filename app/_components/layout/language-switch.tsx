'use client';
// Links to the same page in the other language.
import { useLocale, useTranslations } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { Link, usePathname } from '@/lib/i18n/navigation';

export function LanguageSwitch() {
  const t = useTranslations('common.language');
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams();
  const other = locale === 'da' ? 'en' : 'da';
  const query = Object.fromEntries(search?.entries() ?? []);
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      lang={other}
      hrefLang={other}
      aria-label={t('switchToLabel')}
      className="rounded px-2 py-1 font-semibold text-brand-700 underline hover:text-brand-800"
    >
      {t('switchTo')}
    </Link>
  );
}
