'use client';
// The confirming click of a link that works without signing in (confirm a subscription,
// unsubscribe): opening the page spends nothing, only this button does.
import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LocalizedForm } from '@/app/_components/form/localized-form';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { confirmSubscriptionAction, unsubscribeAction } from '@/lib/subscriptions/actions';

const actions = { confirm: confirmSubscriptionAction, unsubscribe: unsubscribeAction };

export function CodeForm({ kind, code, after }: { kind: 'confirm' | 'unsubscribe'; code: string; after: ReactNode }) {
  const t = useTranslations(`subscriptions.${kind}`);
  const [state, action] = useFormAction(actions[kind]);
  return (
    <LocalizedForm action={action} state={state} namespace={`subscriptions.${kind}`} className="max-w-xl" messageClassName="mb-4 empty:hidden">
      <input type="hidden" name="code" value={code} />
      {state.status === 'success' ? after : <SubmitButton pendingLabel={t('button')}>{t('button')}</SubmitButton>}
    </LocalizedForm>
  );
}
