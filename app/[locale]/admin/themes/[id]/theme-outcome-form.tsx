'use client';
// The secretariat writes what came of a theme (and the case number it was decided under): the last
// step of its public trail, emailed to its followers. Its words come from the page
// (themeTrail.admin), so the admin area's client messages stay as they are.
import { TextAreaField, TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { recordThemeOutcomeAction } from '@/lib/themes/trail-actions';
import { THEME_CASE_NUMBER_MAX, THEME_OUTCOME_MAX } from '@/lib/themes/trail-schema';
import { AdminFormMessage } from '../../_components/admin-form-message';
import { useAdminForm } from '../../_components/use-admin-form';

type Props = {
  action: typeof recordThemeOutcomeAction;
  theme: { id: string; version: number; status: string };
  current: { outcome: string | null; caseNumber: string | null };
  texts: Record<'outcome' | 'outcomeHint' | 'caseNumber' | 'caseNumberHint' | 'save' | 'notAccepted' | 'working', string>;
};

export function ThemeOutcomeForm({ action, theme, current, texts }: Props) {
  const t = (key: keyof Props['texts']) => texts[key];
  const { state, formAction, field } = useAdminForm(action);
  if (theme.status !== 'accepted') return <p>{t('notAccepted')}</p>;
  return (
    <form key={theme.version} action={formAction} noValidate>
      <AdminFormMessage state={state} />
      <input type="hidden" name="themeId" value={theme.id} />
      <input type="hidden" name="version" value={theme.version} />
      <TextAreaField label={t('outcome')} hint={t('outcomeHint')} {...field('outcome', current.outcome ?? '')} rows={5} optional maxLength={THEME_OUTCOME_MAX} />
      <TextField label={t('caseNumber')} hint={t('caseNumberHint')} {...field('caseNumber', current.caseNumber ?? '')} optional maxLength={THEME_CASE_NUMBER_MAX} />
      <SubmitButton pendingLabel={t('working')}>{t('save')}</SubmitButton>
    </form>
  );
}
