'use client';
import { useTranslations } from 'next-intl';
import { TextField } from '@/app/_components/form/field';
import { LocalizedForm } from '@/app/_components/form/localized-form';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { subscribeAction } from '@/lib/subscriptions/actions';
import { EMAIL_MAX } from '@/lib/validation/limits';

export function SubscribeForm() {
  const t = useTranslations('subscriptions.subscribe');
  const [state, action] = useFormAction(subscribeAction);
  const errors = state.status === 'error' ? state.fieldErrors : undefined;
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <LocalizedForm action={action} state={state} namespace="subscriptions.subscribe" className="max-w-md" messageClassName="mb-4">
      <TextField
        label={t('email')}
        hint={t('emailHint')}
        name="email"
        type="email"
        autoComplete="email"
        inputMode="email"
        required
        maxLength={EMAIL_MAX}
        defaultValue={values?.email}
        errors={errors?.email}
      />
      <SubmitButton pendingLabel={t('submit')}>{t('submit')}</SubmitButton>
    </LocalizedForm>
  );
}
