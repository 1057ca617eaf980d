'use client';
// Delete my account: a first button opens the confirmation; only the second one deletes.
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { deleteAccountAction } from '@/lib/account/actions';
import { idleState } from '@/lib/actions/form-state';

export function DeleteAccountForm() {
  const t = useTranslations('account.delete');
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(deleteAccountAction, idleState);
  return (
    <div className="space-y-4">
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} namespace="account.delete.messages" />
      </div>
      {confirming ? (
        <form action={action} className="space-y-4 rounded-md border-2 border-red-700 p-4">
          <p className="font-semibold">{t('confirmQuestion')}</p>
          <input type="hidden" name="confirmed" value="yes" />
          <input type="hidden" name="locale" value={locale} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton variant="danger" pendingLabel={t('deleting')}>{t('confirmYes')}</SubmitButton>
            <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(false)}>
              {t('confirmNo')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className={buttonClass.danger} onClick={() => setConfirming(true)}>
          {t('start')}
        </button>
      )}
    </div>
  );
}
