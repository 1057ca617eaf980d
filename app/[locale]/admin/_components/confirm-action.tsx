'use client';
// A button for a destructive or far-reaching action that asks first: the first press shows what
// will happen and a confirm button; only that one sends the form. The step itself is the shared
// ConfirmStep (focus to the question and back); this adds the admin's form state and announcer.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FormState } from '@/lib/actions/form-state';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
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
  // A sent form closes the step (a new one starts closed): the row may stay, with a new state.
  const [sent, setSent] = useState(0);
  return (
    <form action={formAction} onSubmit={() => setSent((n) => n + 1)} className="inline-block">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {dispatch || state.status === 'success' ? null : <AdminFormMessage state={state} />}
      <ConfirmStep
        key={sent}
        openLabel={label}
        openVariant={variant === 'danger' ? 'secondary' : variant}
        variant={variant}
        heading={question}
        headingLevel="text"
        confirmLabel={confirmLabel}
        pendingLabel={t('working')}
        cancelLabel={t('keep')}
      />
    </form>
  );
}
