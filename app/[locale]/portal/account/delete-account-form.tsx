'use client';
// Delete my account: a first button opens the confirmation (ConfirmStep); only the second one deletes.
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { FormMessage } from '@/app/_components/form/form-message';
import { deleteAccountAction } from '@/lib/account/actions';
import { idleState } from '@/lib/actions/form-state';

export function DeleteAccountForm() {
  const t = useTranslations('account.delete');
  const locale = useLocale();
  const [state, action] = useActionState(deleteAccountAction, idleState);
  return (
    <div className="space-y-4">
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} namespace="account.delete.messages" />
      </div>
      <form action={action}>
        <input type="hidden" name="locale" value={locale} />
        <ConfirmStep
          openLabel={t('start')}
          variant="danger"
          heading={t('confirmQuestion')}
          headingLevel={3}
          confirmLabel={t('confirmYes')}
          pendingLabel={t('deleting')}
          cancelLabel={t('confirmNo')}
        />
      </form>
    </div>
  );
}
