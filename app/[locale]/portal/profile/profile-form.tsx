'use client';
// The person and their company. On first sign-in the CVR number is typed (and checked); later
// it is shown but fixed.
import { useTranslations } from 'next-intl';
import { TextField } from '@/app/_components/form/field';
import { LocalizedForm } from '@/app/_components/form/localized-form';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { saveProfileAction } from '@/lib/companies/actions';
import { keptFields } from '@/app/_components/form/kept-fields';
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
  const [state, action] = useFormAction(saveProfileAction);
  // After a refusal: what was typed. After a save: what was saved (React resets the form after
  // the action, to these defaults — never to the values the page was first rendered with).
  const typed = state.status === 'error' ? state.values : state.status === 'success' ? state.data?.values : undefined;
  const { field } = keptFields(state, typed);
  return (
    <LocalizedForm action={action} state={state} namespace="portal.profile.messages" className="max-w-2xl">
      {next ? <input type="hidden" name="next" value={next} /> : null}

      <fieldset className="mb-8">
        <legend className="mb-4 text-xl font-bold">{t('person')}</legend>
        <TextField label={t('name')} {...field('name', initial.name)} autoComplete="name" required maxLength={PROFILE_MAX.name} />
        <TextField label={t('jobTitle')} {...field('jobTitle', initial.jobTitle)} autoComplete="organization-title" optional maxLength={PROFILE_MAX.jobTitle} />
        <TextField label={t('phone')} {...field('phone', initial.phone)} type="tel" autoComplete="tel" optional maxLength={PROFILE_MAX.phone} />
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
            {...field('cvr', initial.cvr)}
            inputMode="numeric"
            maxLength={PROFILE_MAX.cvr}
            autoComplete="off"
            required
          />
        )}
        <TextField
          label={t('companyName')}
          hint={hasCompany ? undefined : t('companyNameHint')}
          {...field('companyName', initial.companyName)}
          autoComplete="organization"
          maxLength={PROFILE_MAX.companyName}
        />
        <TextField label={t('address')} {...field('address', initial.address)} autoComplete="street-address" optional maxLength={PROFILE_MAX.address} />
        <div className="grid gap-x-4 sm:grid-cols-[10rem_1fr]">
          <TextField label={t('postalCode')} {...field('postalCode', initial.postalCode)} inputMode="numeric" autoComplete="postal-code" optional maxLength={PROFILE_MAX.postalCode} />
          <TextField label={t('city')} {...field('city', initial.city)} autoComplete="address-level2" optional maxLength={PROFILE_MAX.city} />
        </div>
        <TextField label={t('industry')} hint={t('industryHint')} {...field('industry', initial.industry)} optional maxLength={PROFILE_MAX.industry} />
        <TextField label={t('employees')} {...field('employees', initial.employees)} type="number" inputMode="numeric" min={0} optional />
        <TextField label={t('website')} hint={t('websiteHint')} {...field('website', initial.website)} type="url" autoComplete="url" optional maxLength={PROFILE_MAX.website} />
      </fieldset>
      )}

      <SubmitButton pendingLabel={t('saving')}>{hasCompany || pendingCvr ? t('save') : t('saveFirst')}</SubmitButton>
    </LocalizedForm>
  );
}
