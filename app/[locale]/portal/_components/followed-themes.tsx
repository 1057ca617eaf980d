// "Temaer du følger": the themes the person follows (their own proposals too, followed from the
// start), each linked to its public page when it has one, with a button to stop following.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { readFollowedThemes } from '@/lib/themes/trail-queries';
import { UnfollowButton } from './unfollow-button';

type Row = Awaited<ReturnType<typeof readFollowedThemes>>[number];

export async function FollowedThemes({ rows, userId }: { rows: Row[]; userId: string }) {
  const t = await getTranslations('themeTrail.portal');
  return (
    <section id="following" aria-labelledby="following-title" className="mt-10 scroll-mt-4">
      <h2 id="following-title" className="mb-2 text-2xl font-bold">{t('title')}</h2>
      <p className="mb-4 max-w-3xl text-muted">{t('intro')}</p>
      {rows.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <ul className="max-w-3xl divide-y divide-zinc-200 border-y border-zinc-200">
          {rows.map((theme) => (
            <li key={theme.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <p>
                {theme.isPublic ? (
                  <Link href={`/themes/${theme.id}`} className="font-semibold underline">{theme.title}</Link>
                ) : (
                  <span className="font-semibold">{theme.title}</span>
                )}
                {theme.proposerId === userId ? <span className="ml-2 text-sm text-muted">({t('own')})</span> : null}
              </p>
              <UnfollowButton themeId={theme.id} themeTitle={theme.title} label={t('unfollow')} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
