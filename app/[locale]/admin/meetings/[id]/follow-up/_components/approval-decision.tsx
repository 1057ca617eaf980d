'use client';
// The chair's decision on a briefing awaiting approval: approve it as it stands, or send it back
// with a comment (required). Both name the version of the text the chair read.
import { useTranslations } from 'next-intl';
import { TextAreaField } from '@/app/_components/form/field';
import { FormMessage } from '@/app/_components/form/form-message';
import { keptFields } from '@/app/_components/form/kept-fields';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { useFormAction } from '@/app/_components/form/use-form-action';
import type { FormState } from '@/lib/actions/form-state';
import { BRIEFING_MAX } from '@/lib/validation/limits';

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Props = { approveAction: Action; returnAction: Action; followupId: string; version: number };

export function ApprovalDecision({ approveAction, returnAction, followupId, version }: Props) {
  const t = useTranslations('followupEditor.decide');
  const [approveState, approve] = useFormAction(approveAction);
  const [returnState, sendBack] = useFormAction(returnAction);
  const { field } = keptFields(returnState);
  return (
    <section aria-labelledby="approval-decision" className="mb-8 max-w-3xl rounded-lg border-2 border-blue-800 p-5">
      <h2 id="approval-decision" className="text-2xl font-bold">
        {t('heading')}
      </h2>
      <p className="mt-2">{t('intro')}</p>
      <form action={approve} className="mt-4">
        <div aria-live="polite" className="mb-3">
          <FormMessage state={approveState} namespace="followupEditor.decide.messages" />
        </div>
        <input type="hidden" name="followupId" value={followupId} />
        <input type="hidden" name="version" value={version} />
        <SubmitButton pendingLabel={t('approving')}>{t('approve')}</SubmitButton>
      </form>
      <form action={sendBack} className="mt-6" noValidate>
        <div aria-live="polite" className="mb-3">
          <FormMessage state={returnState} namespace="followupEditor.decide.messages" />
        </div>
        <input type="hidden" name="followupId" value={followupId} />
        <input type="hidden" name="version" value={version} />
        <TextAreaField label={t('comment')} hint={t('commentHint')} {...field('comment', '')} rows={3} required maxLength={BRIEFING_MAX.comment} />
        <SubmitButton variant="secondary" pendingLabel={t('returning')}>
          {t('return')}
        </SubmitButton>
      </form>
    </section>
  );
}
