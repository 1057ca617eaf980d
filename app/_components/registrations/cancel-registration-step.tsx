'use client';
// Cancelling a registration (or leaving the waitlist) after a confirmation step (ConfirmStep): the
// first button opens a panel that names what will happen. Used on the meeting page and in the
// portal; each owns the action's state and what follows a success.
import { useTranslations } from 'next-intl';
import { ConfirmStep } from '@/app/_components/form/confirm-step';

/** Where the step sits decides its heading's level: under the meeting page's section, or in a portal list. */
const headingLevels = { panel: 3, row: 4 } as const;

type Props = {
  action: (formData: FormData) => void;
  meetingId: string;
  waitlisted: boolean;
  layout: keyof typeof headingLevels;
  /** Said to screen readers after the button's label where several meetings are listed. */
  meetingTitle?: string;
};

export function CancelRegistrationStep({ action, meetingId, waitlisted, layout, meetingTitle }: Props) {
  const t = useTranslations('registration');
  return (
    <form action={action}>
      <input type="hidden" name="meetingId" value={meetingId} />
      <ConfirmStep
        openLabel={
          <>
            {waitlisted ? t('leaveWaitlist') : t('cancel')}
            {meetingTitle ? <span className="sr-only">: {meetingTitle}</span> : null}
          </>
        }
        openVariant="secondary"
        variant="danger"
        heading={waitlisted ? t('confirmLeaveWaitlist') : t('confirmCancel')}
        headingLevel={headingLevels[layout]}
        confirmLabel={t('cancelYes')}
        pendingLabel={t('cancelling')}
        cancelLabel={t('cancelNo')}
      />
    </form>
  );
}
