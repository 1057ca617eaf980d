'use client';
// Accepted themes like the proposal being typed, so a company can support one instead of
// proposing it again. Listens to the form it sits in (title and description), asks
// /api/themes/similar 400 ms after the typing pauses, and lists what it finds in a polite live
// region. The links open in a new tab: the draft stays where it is.
import { useEffect, useRef, useState } from 'react';
import { Link } from '@/lib/i18n/navigation';
import { SIMILAR_TEXT_MAX, SIMILAR_TEXT_MIN } from '@/lib/search/rules';

type Similar = { id: string; title: string };
/** From the page (the portal's client messages do not hold them); foundMany holds "{count}". */
export type SimilarThemesLabels = { heading: string; intro: string; foundOne: string; foundMany: string; opensInNewTab: string };

const DEBOUNCE_MS = 400;

function proposalText(form: HTMLFormElement) {
  const value = (name: string) => {
    const field = form.elements.namedItem(name);
    return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : '';
  };
  return `${value('title')} ${value('description')}`.replace(/\s+/g, ' ').trim().slice(0, SIMILAR_TEXT_MAX);
}

export function SimilarThemes({ labels }: { labels: SimilarThemesLabels }) {
  const ref = useRef<HTMLDivElement>(null);
  const [themes, setThemes] = useState<Similar[]>([]);

  useEffect(() => {
    const form = ref.current?.closest('form');
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let asked = '';
    const ask = async () => {
      const text = proposalText(form);
      if (text === asked) return;
      asked = text;
      controller?.abort();
      if (text.length < SIMILAR_TEXT_MIN) {
        setThemes([]);
        return;
      }
      controller = new AbortController();
      try {
        const response = await fetch(`/api/themes/similar?${new URLSearchParams({ q: text })}`, { signal: controller.signal });
        if (!response.ok) return;
        const body = (await response.json()) as { themes: Similar[] };
        setThemes(body.themes);
      } catch {
        // Aborted by newer typing, or offline: the suggestions are a help, not a step.
      }
    };
    const onInput = (event: Event) => {
      const name = (event.target as HTMLInputElement | null)?.name;
      if (name !== 'title' && name !== 'description') return;
      clearTimeout(timer);
      timer = setTimeout(ask, DEBOUNCE_MS);
    };
    form.addEventListener('input', onInput);
    // A form given back after a refused save already holds text.
    timer = setTimeout(ask, 0);
    return () => {
      form.removeEventListener('input', onInput);
      clearTimeout(timer);
      controller?.abort();
    };
  }, []);

  return (
    <div ref={ref} aria-live="polite" className="mb-5">
      {themes.length ? (
        <section aria-labelledby="similar-themes-heading" className="rounded-md border border-zinc-300 bg-zinc-50 p-4">
          <h2 id="similar-themes-heading" className="font-bold">
            {labels.heading}
          </h2>
          <p className="mt-1 text-sm">
            {themes.length === 1 ? labels.foundOne : labels.foundMany.replace('{count}', String(themes.length))} {labels.intro}
          </p>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {themes.map((theme) => (
              <li key={theme.id}>
                <Link href={`/themes/${theme.id}`} target="_blank" rel="noopener" className="underline">
                  {theme.title}
                </Link>{' '}
                <span className="text-sm text-muted">{labels.opensInNewTab}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
