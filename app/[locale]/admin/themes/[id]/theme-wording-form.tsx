'use client';
// The secretariat's wording of a theme for publication. It starts from what the public reads now;
// the proposer's own text is kept apart and shown above, so the edit never overwrites it.
import { useTranslations } from 'next-intl';
import { TextAreaField, TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { THEME_DESCRIPTION, THEME_TITLE } from '@/lib/themes/limits';
import type { editThemeWordingAction } from '@/lib/themes/actions';
import { AdminFormMessage } from '../../_components/admin-form-message';
import { useAdminForm } from '../../_components/use-admin-form';

type Props = {
  action: typeof editThemeWordingAction;
  theme: { id: string; version: number; status: string };
  /** What the public reads now: the edited wording, or the proposer's own. */
  current: { title: string; description: string };
};

export function ThemeWordingForm({ action, theme, current }: Props) {
  const t = useTranslations('admin.themes');
  const { state, formAction, field } = useAdminForm(action);
  if (!['submitted', 'accepted'].includes(theme.status)) return <p>{t('wordingNotEditable')}</p>;
  return (
    // A new form for each version, so after saving it shows what was saved.
    <form key={theme.version} action={formAction} noValidate>
      <AdminFormMessage state={state} />
      <input type="hidden" name="themeId" value={theme.id} />
      <input type="hidden" name="version" value={theme.version} />
      <TextField
        label={t('wordingTitle')}
        {...field('title', current.title)}
        required
        maxLength={THEME_TITLE.max}
      />
      <TextAreaField
        label={t('wordingDescription')}
        hint={t('wordingDescriptionHint')}
        {...field('description', current.description)}
        rows={8}
        required
        maxLength={THEME_DESCRIPTION.max}
      />
      <SubmitButton pendingLabel={t('working')}>{t('wordingSave')}</SubmitButton>
    </form>
  );
}
