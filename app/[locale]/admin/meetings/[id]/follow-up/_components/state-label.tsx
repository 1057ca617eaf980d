// The state of one follow-up in words: not started, draft, or sent (published) when and by whom.
import clsx from 'clsx';
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import type { FollowupView } from '@/lib/followups/queries';

const tones = {
  'not-started': 'border-zinc-500 text-ink',
  draft: 'border-amber-700 text-amber-900',
  done: 'border-green-700 text-green-900',
} as const;

export async function StateLabel({ row, locale }: { row: FollowupView | null; locale: string }) {
  const t = await getTranslations('followups.states');
  let text: string;
  let tone: keyof typeof tones;
  if (!row) {
    text = t('not-started');
    tone = 'not-started';
  } else if (row.status === 'draft') {
    text = row.previewedAt ? t('previewed') : t('draft');
    tone = 'draft';
  } else if (row.kind === 'article' && row.unpublishedAt) {
    text = t('unpublished');
    tone = 'draft';
  } else {
    const values = { date: formatDateTime(row.dispatchedAt!, locale), name: row.dispatchedByName ?? row.dispatchedByEmail ?? t('unknownPerson') };
    text = row.kind === 'article' ? t('published', values) : t('dispatched', values);
    tone = 'done';
  }
  return <span className={clsx('inline-block rounded border-2 px-2 py-0.5 text-sm font-semibold', tones[tone])}>{text}</span>;
}
