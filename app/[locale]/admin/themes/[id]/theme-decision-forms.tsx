'use client';
// The moderator's decisions on one theme: accept or reject (with the answer the proposer sees),
// merge into another theme, and the meetings it is discussed at. Each form names the version
// of the theme it was opened on, so a decision someone else made first is never overwritten.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { SelectField, TextAreaField } from '@/app/_components/form/field';
import { FieldErrors } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { decideThemeAction, mergeThemeAction, scheduleThemeAction } from '@/lib/themes/actions';
import { AdminForm } from '../../_components/admin-form';
import { useAdminForm } from '../../_components/use-admin-form';
import { MODERATOR_ANSWER_MAX } from '@/lib/validation/limits';

type ThemeRef = { id: string; version: number; status: string; moderatorAnswer: string | null };

export function DecisionForm({ action, theme }: { action: typeof decideThemeAction; theme: ThemeRef }) {
  const t = useTranslations('admin.themes');
  const { state, formAction, field } = useAdminForm(action);
  const canAccept = theme.status === 'submitted' || theme.status === 'rejected';
  const canReject = theme.status === 'submitted' || theme.status === 'accepted';
  if (!canAccept && !canReject) return <p>{t('noDecision')}</p>;
  return (
    <AdminForm formAction={formAction} state={state} hidden={{ themeId: theme.id, version: theme.version }}>
      <TextAreaField
        label={t('answer')}
        hint={t('answerHint')}
        {...field('answer', '')}
        rows={4}
        optional
        maxLength={MODERATOR_ANSWER_MAX}
      />
      <div className="flex flex-wrap gap-2">
        {canAccept ? <SubmitButton name="decision" value="accept" pendingLabel={t('working')}>{t('accept')}</SubmitButton> : null}
        {canReject ? <SubmitButton name="decision" value="reject" variant="danger" pendingLabel={t('working')}>{t('reject')}</SubmitButton> : null}
      </div>
    </AdminForm>
  );
}

export function MergeForm({
  action,
  theme,
  title,
  targets,
}: {
  action: typeof mergeThemeAction;
  theme: ThemeRef;
  title: string;
  targets: { id: string; title: string }[];
}) {
  const t = useTranslations('admin.themes');
  const tCommon = useTranslations('admin.common');
  const { state, formAction, values, field } = useAdminForm(action);
  // The confirmation names the chosen theme, so the person sees exactly what is about to close.
  const [targetId, setTargetId] = useState(values?.targetId ?? '');
  const target = targets.find((x) => x.id === targetId);
  if (!['submitted', 'accepted'].includes(theme.status)) return <p>{t('noMerge')}</p>;
  return (
    <AdminForm formAction={formAction} state={state} hidden={{ themeId: theme.id, version: theme.version }}>
      <SelectField
        label={t('mergeInto')}
        hint={t('mergeHint')}
        {...field('targetId', '')}
        onChange={(event) => setTargetId(event.currentTarget.value)}
        options={[{ value: '', label: t('chooseTheme') }, ...targets.map((x) => ({ value: x.id, label: x.title }))]}
      />
      <TextAreaField label={t('mergeMessage')} {...field('answer')} rows={2} optional maxLength={MODERATOR_ANSWER_MAX} />
      <ConfirmStep
        openLabel={t('mergeOpen')}
        heading={t('mergeQuestion')}
        confirmLabel={t('mergeConfirm')}
        pendingLabel={t('working')}
        cancelLabel={tCommon('keep')}
        variant="danger"
      >
        <p>{target ? t('mergeConsequence', { source: title, target: target.title }) : t('mergeChooseFirst')}</p>
      </ConfirmStep>
    </AdminForm>
  );
}

export function ScheduleForm({
  action,
  theme,
  meetings,
  current,
}: {
  action: typeof scheduleThemeAction;
  theme: ThemeRef;
  meetings: { id: string; label: string }[];
  current: string[];
}) {
  const t = useTranslations('admin.themes');
  const { state, formAction, errors, checked } = useAdminForm(action);
  if (theme.status !== 'accepted') return <p>{t('scheduleNeedsAccept')}</p>;
  return (
    <AdminForm formAction={formAction} state={state} hidden={{ themeId: theme.id, version: theme.version }}>
      <fieldset className="mb-4" aria-describedby={errors?.meetingIds ? 'schedule-errors' : undefined}>
        <legend className="font-semibold">{t('scheduleOn')}</legend>
        {meetings.length ? (
          <ul className="mt-2 space-y-2">
            {meetings.map((m) => (
              <li key={m.id} className="flex items-center gap-2">
                <input id={`meeting-${m.id}`} type="checkbox" name="meetingIds" value={m.id} defaultChecked={checked('meetingIds', m.id, current.includes(m.id))} className="size-5 shrink-0" />
                <label htmlFor={`meeting-${m.id}`}>{m.label}</label>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noMeetings')}</p>
        )}
        <FieldErrors id="schedule-errors" errors={errors?.meetingIds} />
      </fieldset>
      <SubmitButton variant="secondary" pendingLabel={t('working')}>{t('saveSchedule')}</SubmitButton>
    </AdminForm>
  );
}
