'use client';
// The person and their company. On first sign-in the CVR number is typed (and checked); later
// it is shown but fixed.
import { useLocale, useTranslations } from 'next-intl';
import { TextField } from '@/app/_components/form/field';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { saveProfileAction } from '@/lib/companies/actions';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { PROFILE_MAX } from '@/lib/validation/limits';

export type ProfileValues = {
  name: string;
  jobTitle: string;
  phone: string;
  cvr: string;
  companyName: string;
  address: string;
  postalCode: string;
  city: string;
  industry: string;
  employees: string;
  website: string;
};

type Props = {
  initial: ProfileValues;
  hasCompany: boolean;
  /** The CVR number of a request waiting for approval: the company's fields are not shown. */
  pendingCvr?: string;
  next?: string;
};

export function ProfileForm({ initial, hasCompany, pendingCvr, next }: Props) {
  const t = useTranslations('portal.profile');
  const locale = useLocale();
  const [state, action] = useFormAction(saveProfileAction);
  const errors = state.status === 'error' ? state.fieldErrors : undefined;
  // After a refusal: what was typed. After a save: what was saved (React resets the form after
  // the action, to these defaults — never to the values the page was first rendered with).
  const typed = state.status === 'error' ? state.values : state.status === 'success' ? state.data?.values : undefined;
  const value = (name: keyof ProfileValues) => typed?.[name] ?? initial[name];
  return (
    <form action={action} noValidate className="max-w-2xl">
      <div aria-live="polite" className="mb-6 empty:hidden">
        <FormMessage state={state} namespace="portal.profile.messages" />
      </div>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}

      <fieldset className="mb-8">
        <legend className="mb-4 text-xl font-bold">{t('person')}</legend>
        <TextField label={t('name')} name="name" autoComplete="name" required maxLength={PROFILE_MAX.name} defaultValue={value('name')} errors={errors?.name} />
        <TextField label={t('jobTitle')} name="jobTitle" autoComplete="organization-title" optional maxLength={PROFILE_MAX.jobTitle} defaultValue={value('jobTitle')} errors={errors?.jobTitle} />
        <TextField label={t('phone')} name="phone" type="tel" autoComplete="tel" optional maxLength={PROFILE_MAX.phone} defaultValue={value('phone')} errors={errors?.phone} />
      </fieldset>

      {pendingCvr ? <input type="hidden" name="cvr" value={pendingCvr} /> : (
      <fieldset className="mb-8">
        <legend className="mb-4 text-xl font-bold">{t('company')}</legend>
        {hasCompany ? (
          <>
            <TextField label={t('cvr')} hint={t('cvrFixed')} name="cvrShown" value={initial.cvr} readOnly />
            <input type="hidden" name="cvr" value={initial.cvr} />
          </>
        ) : (
          <TextField
            label={t('cvr')}
            hint={t('cvrHint')}
            name="cvr"
            inputMode="numeric"
            maxLength={PROFILE_MAX.cvr}
            autoComplete="off"
            required
            defaultValue={value('cvr')}
            errors={errors?.cvr}
          />
        )}
        <TextField
          label={t('companyName')}
          hint={hasCompany ? undefined : t('companyNameHint')}
          name="companyName"
          autoComplete="organization"
          maxLength={PROFILE_MAX.companyName}
          defaultValue={value('companyName')}
          errors={errors?.companyName}
        />
        <TextField label={t('address')} name="address" autoComplete="street-address" optional maxLength={PROFILE_MAX.address} defaultValue={value('address')} errors={errors?.address} />
        <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
          <TextField label={t('postalCode')} name="postalCode" inputMode="numeric" autoComplete="postal-code" optional maxLength={PROFILE_MAX.postalCode} defaultValue={value('postalCode')} errors={errors?.postalCode} />
          <TextField label={t('city')} name="city" autoComplete="address-level2" optional maxLength={PROFILE_MAX.city} defaultValue={value('city')} errors={errors?.city} />
        </div>
        <TextField label={t('industry')} hint={t('industryHint')} name="industry" optional maxLength={PROFILE_MAX.industry} defaultValue={value('industry')} errors={errors?.industry} />
        <TextField label={t('employees')} name="employees" type="number" inputMode="numeric" min={0} optional defaultValue={value('employees')} errors={errors?.employees} />
        <TextField label={t('website')} hint={t('websiteHint')} name="website" type="url" autoComplete="url" optional maxLength={PROFILE_MAX.website} defaultValue={value('website')} errors={errors?.website} />
      </fieldset>
      )}

      <SubmitButton pendingLabel={t('saving')}>{hasCompany || pendingCvr ? t('save') : t('saveFirst')}</SubmitButton>
    </form>
  );
}
