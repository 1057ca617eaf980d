'use client';
// Cancel a registration from the portal, after a confirmation step.
import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { idleState } from '@/lib/auth/form-state';
import { cancelRegistrationAction } from '@/lib/registrations/actions';

export function CancelRegistrationButton({ meetingId, meetingTitle, waitlisted }: { meetingId: string; meetingTitle: string; waitlisted: boolean }) {
  const t = useTranslations('registration');
  const [confirming, setConfirming] = useState(false);
  const [result, action] = useActionState(cancelRegistrationAction, idleState);
  if (result.status === 'success') {
    return <p role="status" className="font-semibold text-green-800">{t('messages.cancelled')}</p>;
  }
  return (
    <div className="space-y-2">
      <div aria-live="polite" className="empty:hidden">
        {result.status === 'error' ? <FormMessage state={result} namespace="registration.messages" /> : null}
      </div>
      {confirming ? (
        <form action={action} className="space-y-3 rounded-md border border-red-700 p-3">
          <p className="font-semibold">{waitlisted ? t('confirmLeaveWaitlist') : t('confirmCancel')}</p>
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="confirmed" value="yes" />
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant="danger" pendingLabel={t('cancelling')}>{t('cancelYes')}</SubmitButton>
            <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(false)}>
              {t('cancelNo')}
            </button>
          </div>
        </form>
      ) : (
        <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(true)}>
          {waitlisted ? t('leaveWaitlist') : t('cancel')}
          <span className="sr-only">: {meetingTitle}</span>
        </button>
      )}
    </div>
  );
}
