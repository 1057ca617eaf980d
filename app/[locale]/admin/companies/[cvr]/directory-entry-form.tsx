'use client';
// A company's entry in the directory: what the CVR import fills in, corrected by the secretariat.
import { useTranslations } from 'next-intl';
import { SelectField, TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { saveDirectoryEntryAction } from '@/lib/directory/actions';
import { businessAreas } from '@/lib/directory/business-areas';
import { employeesBands } from '@/lib/directory/employee-bands';
import { AdminForm } from '../../_components/admin-form';
import { useAdminForm } from '../../_components/use-admin-form';

export type DirectoryEntry = {
  name: string;
  address: string | null;
  postalCode: string | null;
  industryCode: string | null;
  industry: string | null;
  employeesBand: string | null;
  email: string | null;
  area: string | null;
};

type Props = { action: typeof saveDirectoryEntryAction; companyId: string; entry: DirectoryEntry };

export function DirectoryEntryForm({ action, companyId, entry }: Props) {
  const t = useTranslations('directory');
  const { state, formAction, field } = useAdminForm(action);
  return (
    <AdminForm formAction={formAction} state={state} hidden={{ companyId }} className="max-w-xl">
      <TextField label={t('edit.name')} {...field('name', entry.name)} maxLength={200} autoComplete="off" required />
      <TextField label={t('edit.address')} optional {...field('address', entry.address ?? '')} maxLength={200} autoComplete="off" />
      <TextField label={t('edit.postalCode')} optional {...field('postalCode', entry.postalCode ?? '')} maxLength={4} inputMode="numeric" autoComplete="off" />
      <TextField label={t('edit.industryCode')} hint={t('edit.industryCodeHint')} optional {...field('industryCode', entry.industryCode ?? '')} maxLength={6} inputMode="numeric" autoComplete="off" />
      <TextField label={t('edit.industry')} optional {...field('industry', entry.industry ?? '')} maxLength={200} autoComplete="off" />
      <SelectField
        label={t('edit.band')}
        optional
        {...field('employeesBand', entry.employeesBand ?? '')}
        options={[{ value: '', label: t('edit.noBand') }, ...employeesBands.map((b) => ({ value: b, label: t('edit.bandOption', { band: b }) }))]}
      />
      <TextField label={t('edit.email')} optional type="email" {...field('email', entry.email ?? '')} maxLength={254} autoComplete="off" />
      <SelectField
        label={t('edit.area')}
        optional
        {...field('area', entry.area ?? '')}
        options={[{ value: '', label: t('edit.noArea') }, ...businessAreas.map((a) => ({ value: a, label: t(`areas.${a}`) }))]}
      />
      <SubmitButton pendingLabel={t('edit.working')}>{t('edit.save')}</SubmitButton>
    </AdminForm>
  );
}
