'use client';
// Propose a theme, or edit one's own while it is submitted.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { SelectField, TextAreaField, TextField } from '@/app/_components/form/field';
import { LocalizedForm } from '@/app/_components/form/localized-form';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { proposeThemeAction, updateThemeAction } from '@/lib/themes/actions';
import { THEME_DESCRIPTION, THEME_TITLE } from '@/lib/themes/limits';
import { keptFields } from '@/app/_components/form/kept-fields';
import { useFormAction } from '@/app/_components/form/use-form-action';

export type ThemeFormValues = { title: string; description: string; category: string; wishedMeetingId: string };

type Props = {
  initial: ThemeFormValues;
  themeId?: string;
  categories: { value: string; label: string }[];
  meetings: { value: string; label: string }[];
  /** Shown after the description (the new proposal's similar themes). */
  afterDescription?: ReactNode;
};

export function ThemeForm({ initial, themeId, categories, meetings, afterDescription }: Props) {
  const t = useTranslations('portal.themeForm');
  const [state, action] = useFormAction(themeId ? updateThemeAction : proposeThemeAction);
  const { field } = keptFields(state);
  return (
    <LocalizedForm action={action} state={state} namespace="portal.themeForm.messages" className="max-w-2xl">
      {themeId ? <input type="hidden" name="themeId" value={themeId} /> : null}
      <TextField
        label={t('title')}
        hint={t('titleHint', THEME_TITLE)}
        {...field('title', initial.title)}
        required
        minLength={THEME_TITLE.min}
        maxLength={THEME_TITLE.max}
      />
      <TextAreaField
        label={t('description')}
        hint={t('descriptionHint', THEME_DESCRIPTION)}
        {...field('description', initial.description)}
        rows={8}
        required
        maxLength={THEME_DESCRIPTION.max}
      />
      {afterDescription}
      <SelectField
        label={t('category')}
        {...field('category', initial.category)}
        required
        options={[{ value: '', label: t('chooseCategory') }, ...categories]}
      />
      <SelectField
        label={t('wishedMeeting')}
        hint={t('wishedMeetingHint')}
        {...field('wishedMeetingId', initial.wishedMeetingId)}
        optional
        options={[{ value: '', label: t('noWish') }, ...meetings]}
      />
      <SubmitButton pendingLabel={t('sending')}>{themeId ? t('saveChanges') : t('submit')}</SubmitButton>
    </LocalizedForm>
  );
}
