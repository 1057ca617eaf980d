'use client';
// Live progress of a dispatch (a follow-up's email, a meeting's invitations): polls its delivery
// route every two seconds while emails are still waiting, announces changes politely to screen
// readers, and offers to retry failures where the dispatch has a retry.
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef, useState } from 'react';
import { FormMessage } from '@/app/_components/form/form-message';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { idleState, type FormState } from '@/lib/actions/form-state';
import type { DeliveryProgress as Progress } from '@/lib/mail/outbox-progress';

type Props = {
  initial: Progress;
  /** The guarded route that answers the current progress as JSON. */
  pollUrl: string;
  /** The section's heading; the follow-up's by default. */
  heading?: string;
  /** Retrying the failed emails (a follow-up's); without it no retry is offered. */
  retry?: { followupId: string; action: (state: FormState, formData: FormData) => Promise<FormState> };
};

const noRetry = async (): Promise<FormState> => idleState;

export function DeliveryProgress({ initial, pollUrl, heading, retry: retryProps }: Props) {
  const t = useTranslations('followupEditor.progress');
  const router = useRouter();
  const [progress, setProgress] = useState(initial);
  const finishedOnce = useRef(initial.done);
  // A retry puts rows back in the queue: polling starts again from the fresh numbers.
  const [state, retry] = useActionState(async (previous: FormState, formData: FormData) => {
    const result = await (retryProps?.action ?? noRetry)(previous, formData);
    if (result.status === 'success' && result.data && typeof result.data === 'object' && 'progress' in result.data) {
      finishedOnce.current = false;
      setProgress((result.data as { progress: Progress }).progress);
    }
    return result;
  }, idleState);

  useEffect(() => {
    if (progress.done) {
      // Show the final list of failures once the run is over.
      if (!finishedOnce.current) router.refresh();
      finishedOnce.current = true;
      return;
    }
    const timer = setTimeout(async () => {
      const res = await fetch(pollUrl, { cache: 'no-store' });
      if (res.ok) setProgress((await res.json()) as Progress);
    }, 2000);
    return () => clearTimeout(timer);
  }, [progress, pollUrl, router]);

  const handled = progress.sent + progress.failed + progress.bounced + progress.complained;
  return (
    <section aria-labelledby="delivery-heading" className="mb-8 rounded-md border border-zinc-300 p-4">
      <h2 id="delivery-heading" className="text-xl font-bold">
        {heading ?? t('label')}
      </h2>
      <progress className="mt-3 h-3 w-full" max={Math.max(progress.total, 1)} value={handled} aria-labelledby="delivery-heading" />
      <div role="status" aria-live="polite" className="mt-2">
        <p className="font-semibold" data-testid="delivery-summary">
          {t('summary', { sent: progress.sent, total: progress.total, failed: progress.failed, pending: progress.pending })}
          {progress.bounced ? ` · ${t('bounced', { count: progress.bounced })}` : null}
        </p>
        <p className="text-muted">{progress.done ? t('done') : t('running')}</p>
      </div>
      {retryProps && progress.failed > 0 && progress.done ? (
        <form action={retry} className="mt-4">
          <input type="hidden" name="followupId" value={retryProps.followupId} />
          <SubmitButton pendingLabel={t('retrying')}>{t('retry')}</SubmitButton>
        </form>
      ) : null}
      <div className="mt-3">
        <FormMessage state={state} namespace="followupEditor.messages" />
      </div>
    </section>
  );
}
