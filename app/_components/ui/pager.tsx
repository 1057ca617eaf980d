// Previous / next links for a list shown a page at a time. Plain links, so each page has its own
// address (cacheable on public pages, bookmarkable in the admin) and works without JavaScript.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

type Props = { page: number; pages: number; href: (page: number) => string; label: string };

export async function Pager({ page, pages, href, label }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations('common.pager');
  const link = 'rounded-md border border-zinc-400 px-3 py-1 font-semibold underline-offset-4 hover:underline';
  return (
    <nav aria-label={label} className="mt-6 flex flex-wrap items-center gap-4">
      {page > 1 ? <Link href={href(page - 1)} rel="prev" className={link}>{t('previous')}</Link> : null}
      <span aria-current="page">{t('pageOf', { page, pages })}</span>
      {page < pages ? <Link href={href(page + 1)} rel="next" className={link}>{t('next')}</Link> : null}
    </nav>
  );
}

/** A page number from the address: a whole number from 1, anything else is page 1. */
export function pageNumber(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}
