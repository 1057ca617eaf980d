'use client';
// Finding a person by part of their name or company: asked of the server as one types (after a
// short pause, from 2 letters, a few matches), one tap checks a person in.
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { useClock } from './door-clock';

type Person = { id: string; name: string; company: string | null; walkIn: boolean; waitlisted: boolean; checkedInAt: string | null };

type Props = {
  searchUrl: string;
  /** Raised after every check-in or undo, so the list shows the new state. */
  refresh: number;
  busy: boolean;
  onCheckIn: (attendeeId: string) => void;
  onUndo: (attendeeId: string) => void;
};

const DEBOUNCE_MS = 250;
const MIN_LETTERS = 2;

export function PersonSearch({ searchUrl, refresh, busy, onCheckIn, onUndo }: Props) {
  const t = useTranslations('tickets.door');
  const clock = useClock();
  const inputId = useId();
  const hintId = useId();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<Person[] | null>(null);
  // Fewer letters than asked for show nothing, whatever an earlier search found.
  const people = q.trim().length >= MIN_LETTERS ? found : null;

  useEffect(() => {
    const term = q.trim();
    if (term.length < MIN_LETTERS) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${searchUrl}?q=${encodeURIComponent(term)}`, { cache: 'no-store', signal: controller.signal });
        if (response.ok) setFound((await response.json()).people);
      } catch {
        // Aborted by the next keystroke, or offline: the list stays as it was.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, searchUrl, refresh]);

  return (
    <div>
      <label htmlFor={inputId} className="block font-semibold">{t('find')}</label>
      <p id={hintId} className="text-sm text-muted">{t('findHint')}</p>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        maxLength={100}
        aria-describedby={hintId}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        className="mt-1 block w-full rounded-md border border-zinc-500 bg-white px-3 py-2 text-base"
      />
      <p aria-live="polite" className="mt-2 text-sm text-muted">
        {people === null ? '' : people.length ? t('matches', { count: people.length }) : t('noMatches')}
      </p>
      {people?.length ? (
        <ul className="mt-2 space-y-2">
          {people.map((p) => {
            const name = p.name || t('unnamed');
            return (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-zinc-300 p-3">
                <div>
                  <p className="font-semibold">{name}</p>
                  {p.company ? <p>{p.company}</p> : null}
                  <p className="text-sm">
                    {p.checkedInAt ? <span className="font-semibold text-green-900">{t('isIn', { time: clock(p.checkedInAt) })}</span> : null}
                    {p.waitlisted ? <span> {t('waitlisted')}</span> : null}
                    {p.walkIn ? <span> {t('walkInBadge')}</span> : null}
                  </p>
                </div>
                {p.checkedInAt ? (
                  <button type="button" className={buttonClass.secondary} disabled={busy} onClick={() => onUndo(p.id)} aria-label={t('undoPerson', { name })}>
                    {t('undo')}
                  </button>
                ) : (
                  <button type="button" className={`${buttonClass.primary} min-h-12`} disabled={busy} onClick={() => onCheckIn(p.id)} aria-label={t('checkInPerson', { name })}>
                    {t('checkIn')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
