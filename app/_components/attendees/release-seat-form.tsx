'use client';
// The release link's confirming button. The signed code rides in a hidden field; the outcome is
// announced in a live region, and once the seat is released the button goes (a second press
// would only say "already released").
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction, type FormActionFn } from '@/app/_components/form/use-form-action';

export function ReleaseSeatForm({ action, code }: { action: FormActionFn; code: string }) {
  const t = useTranslations('releaseSeat');
  const [state, formAction] = useFormAction(action);
  const done = state.status === 'success' || (state.status === 'error' && state.message !== undefined && state.message !== 'invalid');
  return (
    <form action={formAction}>
      <input type="hidden" name="code" value={code} />
      {done ? null : (
        <>
          <p className="mb-4 text-muted">{t('irreversible')}</p>
          <SubmitButton variant="danger" pendingLabel={t('releasing')}>
            {t('confirm')}
          </SubmitButton>
        </>
      )}
      <div aria-live="polite" className="mt-4">
        <FormMessage state={state} namespace="releaseSeat.messages" />
      </div>
    </form>
  );
}
