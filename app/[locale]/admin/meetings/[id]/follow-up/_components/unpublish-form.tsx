'use client';
// Taking a published article off the website, behind a confirmation step.
import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { FormMessage } from '@/app/_components/form/form-message';
import { idleState, type FormState } from '@/lib/actions/form-state';

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; meetingId: string };

export function UnpublishForm({ action, meetingId }: Props) {
  const t = useTranslations('followupEditor');
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="mt-4">
      <div aria-live="polite" className="mb-3">
        <FormMessage state={state} namespace="followupEditor.messages" />
      </div>
      <input type="hidden" name="meetingId" value={meetingId} />
      <ConfirmStep
        openLabel={t('unpublish')}
        heading={t('confirmHeading')}
        confirmLabel={t('confirmUnpublishButton')}
        pendingLabel={t('saving')}
        cancelLabel={t('cancel')}
        variant="danger"
      >
        <p>{t('confirmUnpublish')}</p>
      </ConfirmStep>
    </form>
  );
}
