// The meeting's programme: each item with its computed start and end, kind, linked theme and
// speakers (external experts marked).
import { getTranslations } from 'next-intl/server';
import { formatTime } from '@/lib/format/copenhagen-time';
import { withStartTimes } from '@/lib/agenda/agenda-times';
import type { MeetingPage } from '@/lib/meetings/queries';

export async function Agenda({ meeting, locale }: { meeting: MeetingPage; locale: string }) {
  const t = await getTranslations('meetings.agenda');
  const items = withStartTimes(meeting.startsAt, meeting.agenda);
  if (items.length === 0) return <p>{t('empty')}</p>;
  return (
    <ol className="divide-y divide-zinc-200 border-y border-zinc-200">
      {items.map((item) => (
        <li key={item.id} id={`agenda-${item.id}`} className="grid scroll-mt-4 gap-1 py-4 sm:grid-cols-[9rem_1fr] sm:gap-4">
          <p className="font-semibold tabular-nums">
            <time dateTime={item.startsAt.toISOString()}>{formatTime(item.startsAt, locale)}</time>
            {'–'}
            <time dateTime={item.endsAt.toISOString()}>{formatTime(item.endsAt, locale)}</time>
          </p>
          <div>
            <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t(`kinds.${item.kind}`)}</p>
            <p className="text-lg font-semibold">{item.title}</p>
            {item.themeTitle && item.themeTitle !== item.title ? (
              <p className="text-muted">{t('theme', { theme: item.themeTitle })}</p>
            ) : null}
            {item.description ? <p className="mt-1 whitespace-pre-line">{item.description}</p> : null}
            {item.speakers.length ? (
              <ul className="mt-2 space-y-1" aria-label={t('speakers')}>
                {item.speakers.map((s) => (
                  <li key={s.id}>
                    <span className="font-semibold">{s.name}</span>
                    {[s.title, s.organisation].filter(Boolean).length ? `, ${[s.title, s.organisation].filter(Boolean).join(', ')}` : null}
                    {s.external ? (
                      <span className="ml-2 inline-block rounded border border-brand-600 px-1.5 text-sm font-semibold text-brand-800">
                        {t('external')}
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
}
