'use client';
// Registers someone by hand (a phone call, a guest at the door). A seat is given when one is
// free, otherwise the waitlist.
import { useTranslations } from 'next-intl';
import { TextAreaField, TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { addRegistrationAction } from '@/lib/registrations/actions';
import { AdminForm } from '../../../_components/admin-form';
import { useAdminForm } from '../../../_components/use-admin-form';
import { EMAIL_MAX, MANUAL_REGISTRATION_MAX } from '@/lib/validation/limits';

type Props = { action: typeof addRegistrationAction; meetingId: string };

export function AddRegistrationForm({ action, meetingId }: Props) {
  const t = useTranslations('admin.registrations.add');
  const { state, formAction, field } = useAdminForm(action);
  return (
    <AdminForm formAction={formAction} state={state} hidden={{ meetingId }} className="max-w-2xl">
      <TextField label={t('email')} hint={t('emailHint')} {...field('email')} type="email" autoComplete="off" required maxLength={EMAIL_MAX} />
      <TextField label={t('name')} {...field('name')} optional maxLength={MANUAL_REGISTRATION_MAX.name} />
      {/* The CVR number rather than a list of every company: the page stays small as companies join. */}
      <TextField label={t('companyCvr')} hint={t('companyHint')} {...field('companyCvr')} inputMode="numeric" autoComplete="off" optional maxLength={MANUAL_REGISTRATION_MAX.companyCvr} />
      <TextField label={t('colleagues')} hint={t('colleaguesHint')} {...field('colleagues', '0')} type="number" inputMode="numeric" min={0} max={50} />
      <TextAreaField label={t('note')} {...field('note')} rows={2} optional maxLength={MANUAL_REGISTRATION_MAX.note} />
      <SubmitButton pendingLabel={t('working')}>{t('submit')}</SubmitButton>
    </AdminForm>
  );
}
