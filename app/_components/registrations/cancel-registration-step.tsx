'use client';
// Cancelling a registration (or leaving the waitlist) after a confirmation step: the first button
// opens a small form that names what will happen. Used on the meeting page and in the portal;
// each owns the action's state and what follows a success.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { buttonClass } from '@/app/_components/ui/button-styles';

const layouts = {
  /** The meeting page's panel: room to breathe. */
  panel: { form: 'bg-white p-4', buttons: 'gap-3' },
  /** A row of the portal's list of registrations. */
  row: { form: 'p-3', buttons: 'gap-2' },
} as const;

type Props = {
  action: (formData: FormData) => void;
  meetingId: string;
  waitlisted: boolean;
  layout: keyof typeof layouts;
  /** Said to screen readers after the button's label where several meetings are listed. */
  meetingTitle?: string;
};

export function CancelRegistrationStep({ action, meetingId, waitlisted, layout, meetingTitle }: Props) {
  const t = useTranslations('registration');
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(true)}>
        {waitlisted ? t('leaveWaitlist') : t('cancel')}
        {meetingTitle ? <span className="sr-only">: {meetingTitle}</span> : null}
      </button>
    );
  }
  return (
    <form action={action} className={`space-y-3 rounded-md border border-red-700 ${layouts[layout].form}`}>
      <p className="font-semibold">{waitlisted ? t('confirmLeaveWaitlist') : t('confirmCancel')}</p>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="confirmed" value="yes" />
      <div className={`flex flex-wrap ${layouts[layout].buttons}`}>
        <SubmitButton variant="danger" pendingLabel={t('cancelling')}>{t('cancelYes')}</SubmitButton>
        <button type="button" className={buttonClass.secondary} onClick={() => setConfirming(false)}>
          {t('cancelNo')}
        </button>
      </div>
    </form>
  );
}
