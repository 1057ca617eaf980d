'use client';
// Cancel a registration from the portal, after a confirmation step.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { CancelRegistrationStep } from '@/app/_components/registrations/cancel-registration-step';
import { idleState } from '@/lib/actions/form-state';
import { cancelRegistrationAction } from '@/lib/registrations/actions';

export function CancelRegistrationButton({ meetingId, meetingTitle, waitlisted }: { meetingId: string; meetingTitle: string; waitlisted: boolean }) {
  const t = useTranslations('registration');
  const [result, action] = useActionState(cancelRegistrationAction, idleState);
  if (result.status === 'success') {
    return <p role="status" className="font-semibold text-green-800">{t('messages.cancelled')}</p>;
  }
  return (
    <div className="space-y-2">
      <div aria-live="polite" className="empty:hidden">
        {result.status === 'error' ? <FormMessage state={result} namespace="registration.messages" /> : null}
      </div>
      <CancelRegistrationStep action={action} meetingId={meetingId} waitlisted={waitlisted} layout="row" meetingTitle={meetingTitle} />
    </div>
  );
}
