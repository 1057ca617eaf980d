// The portal's list of the person's proposed themes: status, the moderator's answer, the
// secretariat's wording for publication beside the person's own, and editing while a theme is
// still submitted.
import clsx from 'clsx';
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import type { readMyThemes } from '@/lib/themes/queries';

type Row = Awaited<ReturnType<typeof readMyThemes>>[number];

const statusTone: Record<Row['status'], string> = {
  submitted: 'bg-amber-50 text-amber-900 border-amber-700',
  accepted: 'bg-green-50 text-green-900 border-green-700',
  rejected: 'bg-red-50 text-red-900 border-red-700',
  merged: 'bg-brand-50 text-brand-800 border-brand-600',
  withdrawn: 'bg-zinc-100 text-zinc-800 border-zinc-500',
};

export async function MyThemes({ rows, locale }: { rows: Row[]; locale: string }) {
  const t = await getTranslations('portal.themes');
  const tThemes = await getTranslations('themes');
  return (
    <section aria-labelledby="my-themes">
      <h2 id="my-themes" className="mb-4 text-2xl font-bold">{t('title')}</h2>
      {rows.length === 0 ? (
        <p className="mb-3">{t('empty')}</p>
      ) : (
        <ul className="mb-6 space-y-3">
          {rows.map((theme) => (
            <li key={theme.id} className="rounded-md border border-zinc-300 p-4">
              <p className="text-lg font-semibold">
                {theme.status === 'accepted' ? (
                  <Link href={`/themes/${theme.id}`} className="underline">{theme.title}</Link>
                ) : (
                  theme.title
                )}
              </p>
              <p className="text-sm text-muted">
                {tThemes(`categories.${theme.category}`)} · {t('proposed', { date: formatShortDate(theme.createdAt, locale) })}
              </p>
              <p className="mt-2">
                <span className="sr-only">{t('status')}: </span>
                <span className={clsx('inline-block rounded border px-2 py-0.5 text-sm font-semibold', statusTone[theme.status])}>
                  {tThemes(`statuses.${theme.status}`)}
                </span>
              </p>
              {theme.status === 'merged' && theme.mergedIntoTitle ? (
                <p className="mt-2">{t('mergedInto', { title: theme.mergedIntoTitle })}</p>
              ) : null}
              {theme.publicTitle !== null || theme.publicDescription !== null ? (
                <div className="mt-2 rounded-md border-l-4 border-brand-700 bg-zinc-50 p-3">
                  <p className="font-semibold">{t('publicWording')}</p>
                  <p className="mt-1">{theme.publicTitle ?? theme.title}</p>
                  <MarkdownText className="mt-1">{theme.publicDescription ?? theme.description}</MarkdownText>
                  <details className="mt-2">
                    <summary className="cursor-pointer underline">{t('ownWording')}</summary>
                    <p className="mt-1 font-semibold">{theme.title}</p>
                    <MarkdownText className="mt-1">{theme.description}</MarkdownText>
                  </details>
                </div>
              ) : null}
              {theme.moderatorAnswer ? (
                <div className="mt-2 rounded-md bg-zinc-100 p-3">
                  <p className="font-semibold">{t('answer')}</p>
                  <p className="whitespace-pre-line">{theme.moderatorAnswer}</p>
                </div>
              ) : null}
              {theme.status === 'submitted' ? (
                <p className="mt-3">
                  <Link href={`/portal/themes/${theme.id}/edit`} className="font-semibold underline">
                    {t('edit')}
                    <span className="sr-only">: {theme.title}</span>
                  </Link>
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Link href="/portal/themes/new" className={buttonClass.primary}>{t('propose')}</Link>
    </section>
  );
}
