'use client';
// Registers someone by hand (a phone call, a guest at the door). A seat is given when one is
// free, otherwise the waitlist.
import { useTranslations } from 'next-intl';
import { SelectField, TextAreaField, TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { addRegistrationAction } from '@/lib/registrations/attendance-actions';
import { AdminFormMessage } from '../../../_components/admin-form-message';
import { useAdminForm } from '../../../_components/use-admin-form';

type Props = { action: typeof addRegistrationAction; meetingId: string; companies: { id: string; label: string }[] };

export function AddRegistrationForm({ action, meetingId, companies }: Props) {
  const t = useTranslations('admin.registrations.add');
  const { state, formAction, errors, values } = useAdminForm(action);
  return (
    <form action={formAction} noValidate className="max-w-2xl">
      <AdminFormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <TextField label={t('email')} hint={t('emailHint')} name="email" type="email" autoComplete="off" required defaultValue={values?.email} errors={errors?.email} />
      <TextField label={t('name')} name="name" optional defaultValue={values?.name} errors={errors?.name} />
      <SelectField
        label={t('company')}
        hint={t('companyHint')}
        name="companyId"
        optional
        defaultValue={values?.companyId ?? ''}
        errors={errors?.companyId}
        options={[{ value: '', label: t('noCompany') }, ...companies.map((c) => ({ value: c.id, label: c.label }))]}
      />
      <TextField label={t('colleagues')} hint={t('colleaguesHint')} name="colleagues" type="number" inputMode="numeric" min={0} max={50} defaultValue={values?.colleagues ?? '0'} errors={errors?.colleagues} />
      <TextAreaField label={t('note')} name="note" rows={2} optional defaultValue={values?.note} errors={errors?.note} />
      <SubmitButton pendingLabel={t('working')}>{t('submit')}</SubmitButton>
    </form>
  );
}
