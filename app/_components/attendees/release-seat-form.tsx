'use client';
// The release link's confirming button, and what the page says about the seat. The signed code
// rides in a hidden field; the outcome is announced in a live region. The action refreshes the
// page (a seat is free), which then reads "released": this component stays mounted through that
// refresh, so the person keeps the thank-you they were just given rather than "already released".
import { useTranslations } from 'next-intl';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction, type FormActionFn } from '@/app/_components/form/use-form-action';
import { Notice } from '@/app/_components/ui/notice';
import type { ReleaseLanding } from '@/lib/attendees/release-queries';

type SeatState = Exclude<ReleaseLanding['state'], 'invalid'>;

export function ReleaseSeatForm({ action, code, seat }: { action: FormActionFn; code: string; seat: SeatState }) {
  const t = useTranslations('releaseSeat');
  const [state, formAction] = useFormAction(action);
  const answered = state.status !== 'idle';
  return (
    <form action={formAction}>
      <input type="hidden" name="code" value={code} />
      {!answered && seat === 'open' ? (
        <>
          <p className="mb-4 text-muted">{t('irreversible')}</p>
          <SubmitButton variant="danger" pendingLabel={t('releasing')}>
            {t('confirm')}
          </SubmitButton>
        </>
      ) : null}
      {!answered && seat !== 'open' ? <Notice tone={seat === 'alreadyReleased' ? 'info' : 'warning'}>{t(`states.${seat}`)}</Notice> : null}
      <div aria-live="polite" className="mt-4">
        <FormMessage state={state} namespace="releaseSeat.messages" />
      </div>
    </form>
  );
}
