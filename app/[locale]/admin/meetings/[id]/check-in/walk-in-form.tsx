'use client';
// A walk-in in a few taps: a name (required) and a company (optional), checked in at once.
import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';
import { TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { CheckInAnswer } from '@/lib/attendees/check-in-answer';
import type { walkInAction } from '@/lib/attendees/check-in-actions';
import { WALK_IN_MAX } from '@/lib/attendees/check-in-limits';
import { useAdminForm } from '../../../_components/use-admin-form';

type Props = { action: typeof walkInAction; meetingId: string; onDone: (answer: CheckInAnswer) => void };

export function WalkInForm({ action, meetingId, onDone }: Props) {
  const t = useTranslations('tickets.door');
  const { state, formAction, field } = useAdminForm(action);
  const data = state.status === 'success' ? state.data : undefined;
  // Each answer once: onDone changes the page's state, which renders this form again.
  const reported = useRef<CheckInAnswer | undefined>(undefined);
  useEffect(() => {
    if (!data || reported.current === data) return;
    reported.current = data;
    onDone(data);
  }, [data, onDone]);
  const refused = state.status === 'error' && state.message && state.message !== 'invalid' ? state.message : null;
  // A new form after each walk-in, so the fields are empty for the next guest.
  return (
    <form action={formAction} key={data ? data.person?.id : 'new'} noValidate>
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField label={t('walkInName')} {...field('name')} autoComplete="off" required maxLength={WALK_IN_MAX.name} />
      <TextField label={t('walkInCompany')} {...field('company')} autoComplete="off" optional maxLength={WALK_IN_MAX.company} />
      {refused ? (
        <p role="alert" className="mb-4 font-semibold text-red-800">
          {withRuntimeKeys(t).has(`messages.${refused}`) ? withRuntimeKeys(t)(`messages.${refused}`) : t('failed')}
        </p>
      ) : null}
      <SubmitButton pendingLabel={t('working')}>{t('walkInSubmit')}</SubmitButton>
    </form>
  );
}
