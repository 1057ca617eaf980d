'use client';
// A council member's answer to an invitation: two buttons, coming and not coming, inside a
// fieldset that says which meeting and what the answer is now. Used by the email link's page
// (the signed code in a hidden field) and by the council area (the meeting's id).
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction, type FormActionFn } from '@/app/_components/form/use-form-action';

type Answer = 'coming' | 'not-coming';

type Props = {
  action: FormActionFn;
  /** The hidden field that says what is answered: { code } or { meetingId }. */
  hidden: Record<string, string>;
  legend: string;
  current: Answer | null;
  /** The answer the email's link was for: its button comes first. */
  preferred?: Answer;
};

export function CouncilAnswerForm({ action, hidden, legend, current, preferred = 'coming' }: Props) {
  const t = useTranslations('councilRsvp');
  const [state, formAction] = useFormAction(action);
  const order: Answer[] = preferred === 'coming' ? ['coming', 'not-coming'] : ['not-coming', 'coming'];
  return (
    <form action={formAction}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset>
        <legend className="font-semibold">{legend}</legend>
        <p className="mt-1 text-muted">{t(`answered.${current ?? 'none'}`)}</p>
        <div className="mt-3 flex flex-wrap gap-3">
          {order.map((answer, i) => (
            <SubmitButton key={answer} name="answer" value={answer} variant={i === 0 ? 'primary' : 'secondary'} pendingLabel={t('saving')}>
              {t(`answers.${answer}`)}
            </SubmitButton>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite" className="mt-3">
        <FormMessage state={state} namespace="councilRsvp.messages" />
      </div>
    </form>
  );
}
