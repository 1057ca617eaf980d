'use client';
// The editor of one follow-up: title (or subject), the article's lead, the markdown body with
// live preview, and the buttons for this kind — save, send a test, dispatch/publish behind a
// confirmation step that says how many will receive it.
import { useTranslations } from 'next-intl';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { TextAreaField, TextField } from '@/app/_components/form/field';
import { FormMessage } from '@/app/_components/form/form-message';
import { MarkdownField } from '@/app/_components/form/markdown-field';
import { SubmitButton } from '@/app/_components/form/submit-button';
import { type FormState } from '@/lib/actions/form-state';
import { keptFields } from '@/app/_components/form/kept-fields';
import { useFormAction } from '@/app/_components/form/use-form-action';
import { BRIEFING_MAX, FOLLOWUP_MAX } from '@/lib/validation/limits';
import { Notice } from '@/app/_components/ui/notice';

type Kind = 'briefing' | 'participant_email' | 'article';
type Approval = 'none' | 'requested' | 'approved' | 'returned';

type Props = {
  kind: Kind;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  meetingId: string;
  version: number;
  defaults: { title: string; lead?: string; body: string; caseNumber?: string; summary?: string; recommendation?: string };
  /** A briefing's approval by the chair: only an approved one can be sent. */
  approval?: Approval;
  /** People who will receive it; shown in the confirmation step. */
  recipientCount: number;
  /** False before the meeting is held: drafts only. */
  canDispatch: boolean;
  /** A published article: saving corrects it, no publish button. */
  published?: boolean;
};

export function FollowupForm({ kind, action, meetingId, version, defaults, recipientCount, canDispatch, published = false, approval = 'none' }: Props) {
  const t = useTranslations('followupEditor');
  const tb = useTranslations('followupEditor.briefing');
  const [state, formAction] = useFormAction(action);
  const { field } = keptFields(state);
  const briefing = kind === 'briefing';
  // A briefing goes out only as the chair approved it.
  const approved = !briefing || approval === 'approved';
  return (
    <form action={formAction} noValidate>
      <div aria-live="polite" className="mb-4">
        <FormMessage state={state} namespace="followupEditor.messages" />
      </div>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      {briefing && (approval === 'requested' || approval === 'approved') ? (
        <div className="mb-5">
          <Notice tone="warning">{approval === 'approved' ? tb('editResetsApproved') : tb('editResetsRequested')}</Notice>
        </div>
      ) : null}
      {briefing ? (
        <TextField
          label={tb('caseNumber')}
          hint={tb('caseNumberHint')}
          {...field('caseNumber', defaults.caseNumber ?? '')}
          maxLength={BRIEFING_MAX.caseNumber}
          autoComplete="off"
        />
      ) : null}
      <TextField
        label={kind === 'participant_email' ? t('subject') : t('title')}
        {...field('title', defaults.title)}
        required
        maxLength={FOLLOWUP_MAX.title}
      />
      {kind === 'article' ? (
        <TextAreaField
          label={t('lead')}
          hint={t('leadHint')}
          {...field('lead', defaults.lead)}
          rows={3}
          required
          maxLength={FOLLOWUP_MAX.lead}
        />
      ) : null}
      {briefing ? (
        <TextAreaField
          label={tb('summary')}
          hint={tb('summaryHint')}
          {...field('summary', defaults.summary ?? '')}
          rows={4}
          maxLength={BRIEFING_MAX.summary}
        />
      ) : null}
      <MarkdownField
        {...field('body', defaults.body)}
        label={briefing ? tb('accountLabel') : t('body')}
        hint={t('bodyHint')}
        previewLabel={t('preview')}
        emptyPreview={t('previewEmpty')}
        maxLength={FOLLOWUP_MAX.body}
      />
      {briefing ? (
        <TextAreaField
          label={tb('recommendation')}
          optional
          hint={tb('recommendationHint')}
          {...field('recommendation', defaults.recommendation ?? '')}
          rows={3}
          maxLength={BRIEFING_MAX.recommendation}
        />
      ) : null}
      {briefing && !approved ? (
        <p id="send-unavailable" className="mb-3 max-w-3xl font-semibold">
          {tb('sendUnavailable')}
        </p>
      ) : null}
      <div className="flex flex-wrap items-start gap-3">
        <SubmitButton name="intent" value="save" variant="secondary" pendingLabel={t('saving')}>
          {published ? t('saveChanges') : t('save')}
        </SubmitButton>
        {kind === 'participant_email' ? (
          <SubmitButton name="intent" value="test" variant="secondary" pendingLabel={t('testing')}>
            {t('test')}
          </SubmitButton>
        ) : null}
        {briefing && approval !== 'approved' && approval !== 'requested' ? (
          <SubmitButton name="intent" value="requestApproval" variant="secondary" pendingLabel={tb('requesting')}>
            {tb('requestApproval')}
          </SubmitButton>
        ) : null}
        {published ? null : <DispatchStep kind={kind} count={recipientCount} disabled={!canDispatch || !approved} />}
      </div>
    </form>
  );
}

function DispatchStep({ kind, count, disabled }: { kind: Kind; count: number; disabled: boolean }) {
  const t = useTranslations('followupEditor');
  const common = { heading: t('confirmHeading'), cancelLabel: t('cancel'), name: 'intent', disabled };
  if (kind === 'article') {
    return (
      <ConfirmStep {...common} value="publish" openLabel={t('publish')} confirmLabel={t('confirmPublishButton')} pendingLabel={t('sending')}>
        <p>{t('confirmPublish')}</p>
      </ConfirmStep>
    );
  }
  return (
    <ConfirmStep
      {...common}
      value="dispatch"
      openLabel={kind === 'briefing' ? t('dispatchBriefing') : t('dispatchEmail')}
      confirmLabel={t('confirmSend')}
      pendingLabel={t('sending')}
      // An email with nobody to receive it cannot be sent; the page says why.
      disabled={disabled || (kind === 'participant_email' && count === 0)}
    >
      <p>{kind === 'briefing' ? t('confirmBriefing', { count }) : t('confirmEmail', { count })}</p>
    </ConfirmStep>
  );
}
