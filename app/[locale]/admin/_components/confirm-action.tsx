'use client';
// A button for a destructive or far-reaching action that asks first: the first press shows what
// will happen and a confirm button; only that one sends the form.
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { AdminFormMessage } from './admin-form-message';
import { useAnnounce } from './admin-announcer';
import { useAdminForm, type AdminFormAction } from './use-admin-form';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

type Props = {
  action: AdminFormAction;
  /**
   * A dispatcher from the parent's useActionState, when the parent shows the outcome itself
   * (e.g. because this button disappears once the action succeeded).
   */
  dispatch?: (formData: FormData) => void;
  hidden: Record<string, string | number>;
  label: string;
  /** What will happen, shown before the person confirms. */
  question: string;
  confirmLabel: string;
  variant?: 'danger' | 'primary' | 'secondary';
};

export function ConfirmAction({ action, dispatch, hidden, label, question, confirmLabel, variant = 'danger' }: Props) {
  const t = useTranslations('admin.common');
  const tAll = useTranslations();
  const announce = useAnnounce();
  // The item this button belongs to may vanish with the refreshed page, together with this
  // component: the outcome is handed to the page's message area before that happens.
  const { state, formAction: ownAction } = useAdminForm(async (previous: FormState, formData: FormData) => {
    const next = await action(previous, formData);
    if (next.status === 'success' && next.message) announce(withRuntimeKeys(tAll)(`admin.messages.${next.message}`));
    return next;
  });
  const formAction = dispatch ?? ownAction;
  const [asking, setAsking] = useState(false);
  const questionId = useId();
  return (
    <form action={formAction} onSubmit={() => setAsking(false)} className="inline-block">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {dispatch || state.status === 'success' ? null : <AdminFormMessage state={state} />}
      {asking ? (
        <div role="group" aria-labelledby={questionId} className="rounded-md border-2 border-amber-700 bg-amber-50 p-3">
          <p id={questionId} className="mb-3 font-semibold">{question}</p>
          <div className="flex flex-wrap gap-2">
            <SubmitButton variant={variant} pendingLabel={t('working')}>{confirmLabel}</SubmitButton>
            <button type="button" className={buttonClass.secondary} onClick={() => setAsking(false)}>
              {t('keep')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={buttonClass[variant === 'danger' ? 'secondary' : variant]} onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
    </form>
  );
}
