'use client';
// The two questions of the evaluation link: how useful the meeting was (a radio group 1–5 with
// words at both ends, in a fieldset with its legend) and what the next meeting should take up
// (optional, capped). The signed code rides in a hidden field. A saved answer fills the form, so
// opening the link again shows it and a new submit replaces it.
import { useTranslations } from 'next-intl';
import { TextAreaField, FieldErrors } from '@/app/_components/form/field';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction, type FormActionFn } from '@/app/_components/form/use-form-action';
import { Notice } from '@/app/_components/ui/notice';
import { SUGGESTION_MAX, USEFULNESS } from '@/lib/evaluations/rules';

type Answer = { usefulness: number; suggestion: string | null } | null;

export function EvaluationForm({ action, code, answer }: { action: FormActionFn; code: string; answer: Answer }) {
  const t = useTranslations('evaluation');
  const [state, formAction] = useFormAction(action);
  const refused = state.status === 'error';
  const usefulness = refused ? (state.values?.usefulness ?? '') : String(answer?.usefulness ?? '');
  const suggestion = refused ? (state.values?.suggestion ?? '') : (answer?.suggestion ?? '');
  const errors = refused ? state.fieldErrors : undefined;
  return (
    <form action={formAction} noValidate>
      <div aria-live="polite" className="mb-4">
        {/* On opening, the saved answer is said; after a submit, what became of it. */}
        {state.status === 'idle' && answer ? <Notice tone="success">{t('answered')}</Notice> : null}
        <FormMessage state={state} namespace="evaluation.messages" />
      </div>
      <input type="hidden" name="code" value={code} />
      {/* A new saved answer renders the fields anew, so they show it after the form is reset. */}
      <div key={`${usefulness}|${suggestion}`}>
        <fieldset className="mb-6" aria-describedby={errors?.usefulness ? 'usefulness-error' : 'usefulness-scale'}>
          <legend className="font-semibold">{t('usefulness.legend')}</legend>
          <p id="usefulness-scale" className="text-sm text-muted">
            {t('usefulness.scale')}
          </p>
          <FieldErrors id="usefulness-error" errors={errors?.usefulness} />
          <div className="mt-3 flex flex-wrap items-center gap-x-2 gap-y-2">
            {USEFULNESS.map((score) => (
              <label
                key={score}
                className="flex min-h-11 min-w-11 cursor-pointer items-center justify-center gap-1 rounded-md border border-zinc-500 px-3 has-[:checked]:border-2 has-[:checked]:border-blue-800 has-[:checked]:bg-blue-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-blue-800"
              >
                <input
                  type="radio"
                  name="usefulness"
                  id={score === 1 ? 'usefulness' : undefined}
                  value={score}
                  defaultChecked={usefulness === String(score)}
                  className="h-4 w-4"
                />
                <span>{t(`usefulness.options.${score}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <TextAreaField
          label={t('suggestion.label')}
          hint={t('suggestion.hint', { max: SUGGESTION_MAX })}
          name="suggestion"
          optional
          rows={4}
          maxLength={SUGGESTION_MAX}
          defaultValue={suggestion}
          errors={errors?.suggestion}
        />
      </div>
      <SubmitButton pendingLabel={t('saving')}>{answer ? t('change') : t('submit')}</SubmitButton>
    </form>
  );
}
