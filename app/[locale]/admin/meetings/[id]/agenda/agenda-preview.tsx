// The agenda as participants will read it, for checking before publishing.
import { getTranslations } from 'next-intl/server';

type Item = { id: string; time: string; title: string; description: string; speakerNames: string[]; kindLabel: string };

export async function AgendaPreview({ meetingTitle, items }: { meetingTitle: string; items: Item[] }) {
  const t = await getTranslations('admin.agenda');
  if (!items.length) return null;
  return (
    <section aria-labelledby="agenda-preview" className="rounded-lg border border-zinc-300 bg-zinc-50 p-5">
      <h2 id="agenda-preview" className="text-xl font-bold">{t('previewTitle')}</h2>
      <p className="mb-3 text-muted">{t('previewIntro', { title: meetingTitle })}</p>
      <ol className="space-y-2" data-testid="agenda-preview">
        {items.map((item) => (
          <li key={item.id} className="grid grid-cols-[7rem_1fr] gap-2">
            <span className="font-semibold tabular-nums">{item.time}</span>
            <span>
              <span className="font-semibold">{item.title}</span>
              {item.speakerNames.length ? <span className="text-muted"> – {item.speakerNames.join(', ')}</span> : null}
              {item.description ? <span className="block whitespace-pre-wrap text-sm">{item.description}</span> : null}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
