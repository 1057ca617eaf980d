'use client';
// The agenda in order, with keyboard-operable "move up" / "move down" buttons (no dragging).
// After a move, focus stays on the moved item's button and its new place is announced.
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useTransition } from 'react';
import type { deleteAgendaItemAction, moveAgendaItemAction, updateAgendaItemAction } from '@/lib/agenda/actions';
import { ConfirmAction } from '../../../_components/confirm-action';
import { EditDisclosure } from '../../../_components/edit-disclosure';
import { AgendaItemForm, type AgendaChoices, type EditableItem } from './agenda-item-form';

export type ListedItem = EditableItem & {
  time: string;
  kindLabel: string;
  themeTitle: string | null;
  speakerNames: string[];
};

type Props = {
  items: ListedItem[];
  choices: AgendaChoices;
  actions: {
    move: typeof moveAgendaItemAction;
    update: typeof updateAgendaItemAction;
    remove: typeof deleteAgendaItemAction;
  };
};

const moveButton =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-zinc-500 bg-white px-3 font-semibold hover:bg-zinc-100 aria-disabled:cursor-not-allowed aria-disabled:opacity-50';

export function AgendaList({ items, choices, actions }: Props) {
  const t = useTranslations('admin.agenda');
  const [announcement, setAnnouncement] = useState('');
  const [pending, startTransition] = useTransition();
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);

  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    const index = items.findIndex((i) => i.id === target.id);
    if (index < 0) return;
    focusAfterMove.current = null;
    // At the top or bottom the same button has nothing left to do: offer the other one.
    const atEdge = target.direction === 'up' ? index === 0 : index === items.length - 1;
    const direction = atEdge ? (target.direction === 'up' ? 'down' : 'up') : target.direction;
    document.getElementById(`move-${direction}-${target.id}`)?.focus();
  }, [items]);

  function move(item: ListedItem, index: number, direction: 'up' | 'down') {
    const edge = direction === 'up' ? index === 0 : index === items.length - 1;
    if (edge || pending) return;
    startTransition(async () => {
      const result = await actions.move({ itemId: item.id, direction });
      if (result.ok) {
        focusAfterMove.current = { id: item.id, direction };
        setAnnouncement(t('moved', { title: item.title, position: result.data.position + 1, count: items.length }));
      } else {
        setAnnouncement(t('moveFailed'));
      }
    });
  }

  if (!items.length) return <p className="rounded-md border border-zinc-300 p-4">{t('empty')}</p>;
  return (
    <>
      <p aria-live="polite" className="sr-only">{announcement}</p>
      <ol className="space-y-3" aria-busy={pending}>
        {items.map((item, index) => (
          <li key={item.id} className="rounded-md border border-zinc-300 p-4" aria-labelledby={`item-title-${item.id}`}>
            <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
              <div>
                <p className="text-sm font-semibold text-muted">
                  {t('position', { position: index + 1 })} · {item.time} · {t('minutes', { count: item.durationMinutes })} · {item.kindLabel}
                </p>
                <p id={`item-title-${item.id}`} className="text-lg font-semibold">{item.title}</p>
                {item.themeTitle ? <p className="text-sm">{t('linkedTheme', { theme: item.themeTitle })}</p> : null}
                {item.speakerNames.length ? <p className="text-sm">{t('speakersList', { names: item.speakerNames.join(', ') })}</p> : null}
              </div>
              <div className="flex gap-2" role="group" aria-label={t('reorder', { title: item.title })}>
                <button
                  id={`move-up-${item.id}`}
                  type="button"
                  className={moveButton}
                  aria-disabled={index === 0 || undefined}
                  onClick={() => move(item, index, 'up')}
                >
                  <span aria-hidden="true">↑</span>
                  <span className="sr-only">{t('moveUp', { title: item.title })}</span>
                </button>
                <button
                  id={`move-down-${item.id}`}
                  type="button"
                  className={moveButton}
                  aria-disabled={index === items.length - 1 || undefined}
                  onClick={() => move(item, index, 'down')}
                >
                  <span aria-hidden="true">↓</span>
                  <span className="sr-only">{t('moveDown', { title: item.title })}</span>
                </button>
              </div>
            </div>
            <EditDisclosure label={t('edit')} name={item.title} className="mt-3">
              <AgendaItemForm mode="edit" action={actions.update} item={item} choices={choices} />
              <ConfirmAction
                action={actions.remove}
                hidden={{ itemId: item.id }}
                label={t('delete')}
                question={t('deleteQuestion', { title: item.title })}
                confirmLabel={t('deleteConfirm')}
              />
            </EditDisclosure>
          </li>
        ))}
      </ol>
    </>
  );
}
