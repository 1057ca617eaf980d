'use client';
// Withdraw one's own submitted theme, after a confirmation step (ConfirmStep).
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { FormMessage } from '@/app/_components/form/form-message';
import { idleState } from '@/lib/actions/form-state';
import { withdrawThemeAction } from '@/lib/themes/actions';

export function WithdrawThemeForm({ themeId }: { themeId: string }) {
  const t = useTranslations('portal.themeForm');
  const locale = useLocale();
  const [state, action] = useActionState(withdrawThemeAction, idleState);
  return (
    <div className="space-y-3">
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={state} namespace="portal.themeForm.messages" />
      </div>
      <form action={action}>
        <input type="hidden" name="themeId" value={themeId} />
        <input type="hidden" name="locale" value={locale} />
        <ConfirmStep
          openLabel={t('withdraw')}
          openVariant="secondary"
          variant="danger"
          heading={t('withdrawConfirm')}
          headingLevel={3}
          confirmLabel={t('withdrawYes')}
          pendingLabel={t('withdrawing')}
          cancelLabel={t('withdrawNo')}
        />
      </form>
    </div>
  );
}
