'use client';
// The portal's one click: subscribe the signed-in person's own address to the forum's news, or stop.
import { useTranslations } from 'next-intl';
import { LocalizedForm } from '@/app/_components/form/localized-form';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { portalSubscriptionAction } from '@/lib/subscriptions/actions';

export function PortalNewsToggle({ active, email }: { active: boolean; email: string }) {
  const t = useTranslations('subscriptions.portal');
  const [state, action] = useFormAction(portalSubscriptionAction);
  return (
    <LocalizedForm action={action} state={state} namespace="subscriptions.portal" className="space-y-3" messageClassName="empty:hidden">
      <p>{active ? t('active', { email }) : t('inactive')}</p>
      <input type="hidden" name="intent" value={active ? 'unsubscribe' : 'subscribe'} />
      <SubmitButton pendingLabel={active ? t('unsubscribe') : t('subscribe')} variant={active ? 'secondary' : 'primary'}>
        {active ? t('unsubscribe') : t('subscribe')}
      </SubmitButton>
    </LocalizedForm>
  );
}
