'use client';
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { idleState } from '@/lib/actions/form-state';
import { signOutAction } from '@/lib/auth/sign-in-actions';

export function SignOutForm() {
  const t = useTranslations('auth.signOut');
  const locale = useLocale();
  const [, action] = useActionState(signOutAction, idleState);
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <SubmitButton pendingLabel={t('button')}>{t('button')}</SubmitButton>
    </form>
  );
}
