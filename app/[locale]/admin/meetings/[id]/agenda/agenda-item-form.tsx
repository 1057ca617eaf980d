'use client';
// One agenda item's fields, for adding a new item or editing one. An edit names the item's
// fingerprint as it was loaded, so a change someone else made meanwhile is never overwritten.
import { useTranslations } from 'next-intl';
import { SelectField, TextAreaField, TextField } from '@/app/_components/form/field';
import { FieldErrors } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { addAgendaItemAction, updateAgendaItemAction } from '@/lib/agenda/actions';
import { AdminFormMessage } from '../../../_components/admin-form-message';
import { useAdminForm } from '../../../_components/use-admin-form';
import { AGENDA_ITEM_MAX } from '@/lib/validation/limits';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';
import type { FingerprintedItem } from '@/lib/agenda/agenda-fingerprint';

export type AgendaChoices = {
  kinds: readonly string[];
  themes: { id: string; title: string }[];
  speakers: { id: string; label: string }[];
};

/** An item as loaded for editing: its fields, and the fingerprint a save must name. */
export type EditableItem = FingerprintedItem & { id: string; fingerprint: string };

type Props = { choices: AgendaChoices } & (
  | { mode: 'add'; action: typeof addAgendaItemAction; meetingId: string; item?: undefined }
  | { mode: 'edit'; action: typeof updateAgendaItemAction; item: EditableItem; meetingId?: undefined }
);

export function AgendaItemForm(props: Props) {
  const t = useTranslations('admin.agenda.form');
  const tKind = useTranslations('admin.agenda.kinds');
  const { state, formAction, errors, field, checked } = useAdminForm(props.action as typeof addAgendaItemAction);
  const item = props.item;
  const prefix = item ? `edit-${item.id}` : 'add';
  return (
    <form action={formAction} noValidate>
      <AdminFormMessage state={state} />
      {props.mode === 'add' ? <input type="hidden" name="meetingId" value={props.meetingId} /> : null}
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
      {item ? <input type="hidden" name="fingerprint" value={item.fingerprint} /> : null}
      <div className="grid gap-x-4 sm:grid-cols-[2fr_1fr]">
        <TextField label={t('title')} {...field('title', item?.title ?? '')} required maxLength={AGENDA_ITEM_MAX.title} />
        <TextField
          label={t('duration')}
          {...field('durationMinutes', item ? String(item.durationMinutes) : '15')}
          type="number"
          inputMode="numeric"
          min={1}
          max={600}
          required
        />
      </div>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField
          label={t('kind')}
          {...field('kind', item?.kind ?? 'talk')}
          options={props.choices.kinds.map((k) => ({ value: k, label: withRuntimeKeys(tKind)(k) }))}
        />
        <SelectField
          label={t('theme')}
          {...field('themeId', item?.themeId ?? '')}
          optional
          options={[{ value: '', label: t('noTheme') }, ...props.choices.themes.map((th) => ({ value: th.id, label: th.title }))]}
        />
      </div>
      <TextAreaField label={t('description')} {...field('description', item?.description ?? '')} rows={2} optional maxLength={AGENDA_ITEM_MAX.description} />
      <fieldset className="mb-5" aria-describedby={errors?.speakerIds ? `${prefix}-speaker-errors` : undefined}>
        <legend className="font-semibold">{t('speakers')}</legend>
        {props.choices.speakers.length ? (
          <ul className="mt-1 grid gap-1 sm:grid-cols-2">
            {props.choices.speakers.map((s) => (
              <li key={s.id} className="flex items-start gap-2">
                <input
                  id={`${prefix}-sp-${s.id}`}
                  type="checkbox"
                  name="speakerIds"
                  value={s.id}
                  // Uncontrolled, so React's reset after each action leaves the ticks sent with a
                  // refused save; a saved (or new) item shows its saved speakers.
                  defaultChecked={checked('speakerIds', s.id, item?.speakerIds.includes(s.id) ?? false)}
                  className="mt-1 size-5 shrink-0"
                />
                <label htmlFor={`${prefix}-sp-${s.id}`}>{s.label}</label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted">{t('noSpeakers')}</p>
        )}
        <FieldErrors id={`${prefix}-speaker-errors`} errors={errors?.speakerIds} />
      </fieldset>
      <SubmitButton pendingLabel={t('saving')}>{props.mode === 'add' ? t('add') : t('save')}</SubmitButton>
    </form>
  );
}
