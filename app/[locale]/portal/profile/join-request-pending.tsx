'use client';
// A request to join a company waits for approval: what that means, and a way to take it back.
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { FormMessage } from '@/app/_components/form/form-message';
import { Notice } from '@/app/_components/ui/notice';
import { idleState } from '@/lib/actions/form-state';
import { withdrawJoinRequestAction } from '@/lib/companies/actions';

export function JoinRequestPending({ cvr }: { cvr: string }) {
  const t = useTranslations('portal.profile.pending');
  const locale = useLocale();
  const [state, action] = useActionState(withdrawJoinRequestAction, idleState);
  return (
    <section aria-labelledby="join-pending" className="mb-8 max-w-2xl">
      <Notice tone="info">
        <h2 id="join-pending" className="font-bold">{t('heading', { cvr })}</h2>
        <p className="mt-2">{t('what')}</p>
        <p className="mt-2">{t('meanwhile')}</p>
      </Notice>
      <form action={action} className="mt-4">
        <input type="hidden" name="locale" value={locale} />
        <div aria-live="polite" className="mb-2 empty:hidden">
          <FormMessage state={state} namespace="portal.profile.messages" />
        </div>
        <ConfirmStep
          openLabel={t('withdraw')}
          heading={t('withdrawHeading')}
          confirmLabel={t('withdrawConfirm')}
          pendingLabel={t('working')}
          cancelLabel={t('keep')}
          variant="danger"
        >
          <p>{t('withdrawText', { cvr })}</p>
        </ConfirmStep>
      </form>
    </section>
  );
}
