'use client';
// "Foreslå som tema" beside one suggestion: one click makes it a theme (the server makes it once).
// The button is described by the suggestion it acts on, so a list of them is not ambiguous.
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/app/_components/form/form-message';
import { useFormStatus } from 'react-dom';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { useFormAction, type FormActionFn } from '@/app/_components/form/use-form-action';

export function SuggestThemeButton({ action, evaluationId, describedBy }: { action: FormActionFn; evaluationId: string; describedBy: string }) {
  const t = useTranslations('evaluation.results');
  const [state, formAction] = useFormAction(action);
  return (
    <form action={formAction} className="mt-2">
      <input type="hidden" name="evaluationId" value={evaluationId} />
      <Submit describedBy={describedBy} label={t('suggestTheme')} pendingLabel={t('creating')} />
      <div aria-live="polite" className="mt-2">
        <FormMessage state={state} namespace="evaluation.results.messages" />
      </div>
    </form>
  );
}

function Submit({ describedBy, label, pendingLabel }: { describedBy: string; label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass.secondary} disabled={pending} aria-disabled={pending} aria-describedby={describedBy}>
      {pending ? pendingLabel : label}
    </button>
  );
}
