'use client';
// The email domain the secretariat vouches for: people on it join the company at once.
import { useTranslations } from 'next-intl';
import { TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { setCompanyDomainAction } from '@/lib/companies/actions';
import { AdminFormMessage } from '../../_components/admin-form-message';
import { useAdminForm } from '../../_components/use-admin-form';

export function DomainForm({ action, companyId, domain }: { action: typeof setCompanyDomainAction; companyId: string; domain: string }) {
  const t = useTranslations('admin.companies');
  const { state, formAction, field } = useAdminForm(action);
  return (
    <form action={formAction} noValidate className="max-w-md">
      <AdminFormMessage state={state} />
      <input type="hidden" name="companyId" value={companyId} />
      <TextField label={t('domain')} hint={t('domainHint')} {...field('domain', domain)} autoComplete="off" maxLength={253} />
      <SubmitButton variant="secondary" pendingLabel={t('working')}>{t('saveDomain')}</SubmitButton>
    </form>
  );
}
