'use client';
// Links to the same page in the other language. Rendered on the server too (no search
// params read), so it works before any script has run.
import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';

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
      className="rounded px-2 py-1 font-semibold text-brand-700 underline hover:text-brand-800"
    >
      {t('switchTo')}
    </Link>
  );
}
