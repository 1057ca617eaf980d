'use client';
// Withdraw one's own submitted theme, after a confirmation step.
import { useLocale, useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { idleState } from '@/lib/actions/form-state';
import { withdrawThemeAction } from '@/lib/themes/actions';

export function WithdrawThemeForm({ themeId }: { themeId: string }) {
  const t = useTranslations('portal.themeForm');
  const locale = useLocale();
  const [confirming, setConfirming] = useState(false);
  const [state, action] = useActionState(withdrawThemeAction, idleState);
  return (
    <div className="space-y-3">
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} namespace="portal.themeForm.messages" />
      </div>
      {confirming ? (
        <form action={action} className="space-y-3 rounded-md border border-red-700 p-4">
          <p className="font-semibold">{t('withdrawConfirm')}</p>
          <input type="hidden" name="themeId" value={themeId} />
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="confirmed" value="yes" />
          <div className="flex flex-wrap gap-3">
            <SubmitButton variant="danger" pendingLabel={t('withdrawing')}>{t('withdrawYes')}</SubmitButton>
            <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(false)}>
              {t('withdrawNo')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(true)}>
          {t('withdraw')}
        </button>
      )}
    </div>
  );
}
