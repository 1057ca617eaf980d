'use client';
import { useTranslations } from 'next-intl';
import { LocalizedForm } from '@/app/_components/form/localized-form';
import { TextField } from '@/app/_components/form/field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { requestSignInLink } from '@/lib/auth/sign-in-actions';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { EMAIL_MAX } from '@/lib/validation/limits';

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useTranslations('auth.signIn');
  const [state, action] = useFormAction(requestSignInLink);
  const errors = state.status === 'error' ? state.fieldErrors : undefined;
  const values = state.status === 'error' ? state.values : undefined;
  return (
    <LocalizedForm action={action} state={state} namespace="auth.signIn" className="max-w-md" messageClassName="mb-4">
      {callbackUrl ? <input type="hidden" name="callbackUrl" value={callbackUrl} /> : null}
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
