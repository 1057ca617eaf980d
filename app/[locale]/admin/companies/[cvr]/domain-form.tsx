'use client';
// The email domain the secretariat vouches for: people on it join the company at once.
import { useTranslations } from 'next-intl';
import { TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { setCompanyDomainAction } from '@/lib/companies/actions';
import { AdminForm } from '../../_components/admin-form';
import { useAdminForm } from '../../_components/use-admin-form';

export function DomainForm({ action, companyId, domain }: { action: typeof setCompanyDomainAction; companyId: string; domain: string }) {
  const t = useTranslations('admin.companies');
  const { state, formAction, field } = useAdminForm(action);
  return (
    <AdminForm formAction={formAction} state={state} hidden={{ companyId }} className="max-w-md">
      <TextField label={t('domain')} hint={t('domainHint')} {...field('domain', domain)} autoComplete="off" maxLength={253} />
      <SubmitButton variant="secondary" pendingLabel={t('working')}>{t('saveDomain')}</SubmitButton>
    </AdminForm>
  );
}
