'use client';
// The test to oneself and the send behind a confirmation step that names the number of
// recipients. The choice travels as hidden fields, the same the count was made for.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction, type FormActionFn } from '@/app/_components/form/use-form-action';

type Props = {
  action: FormActionFn;
  meetingId: string;
  choice: { kinds: string[]; industryCodes: string[]; employeesBands: string[] };
  total: number;
};

export function InvitationSendForm({ action, meetingId, choice, total }: Props) {
  const t = useTranslations('invitations.send');
  // A sent invitation closes the confirmation: the page now shows the new count.
  const [round, setRound] = useState(0);
  const [state, formAction] = useFormAction(async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.status === 'success' && result.message === 'sent') setRound((n) => n + 1);
    return result;
  });
  return (
    <form action={formAction}>
      <div aria-live="polite" className="mb-4">
        <FormMessage state={state} namespace="invitations.messages" />
      </div>
      <input type="hidden" name="meetingId" value={meetingId} />
      {choice.kinds.map((k) => (
        <input key={`s-${k}`} type="hidden" name="segment" value={k} />
      ))}
      {choice.industryCodes.map((v) => (
        <input key={`i-${v}`} type="hidden" name="industry" value={v} />
      ))}
      {choice.employeesBands.map((v) => (
        <input key={`b-${v}`} type="hidden" name="band" value={v} />
      ))}
      <div className="flex flex-wrap items-start gap-3">
        <SubmitButton name="intent" value="test" variant="secondary" pendingLabel={t('testing')}>
          {t('test')}
        </SubmitButton>
        <ConfirmStep
          key={round}
          heading={t('confirmHeading')}
          headingLevel={3}
          name="intent"
          value="send"
          openLabel={t('open')}
          confirmLabel={t('confirmButton')}
          pendingLabel={t('sending')}
          cancelLabel={t('cancel')}
          disabled={total === 0}
        >
          <p data-testid="confirm-count">{t('confirm', { count: total })}</p>
        </ConfirmStep>
      </div>
    </form>
  );
}
