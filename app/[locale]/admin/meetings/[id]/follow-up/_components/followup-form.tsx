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
import { FOLLOWUP_MAX } from '@/lib/validation/limits';

type Kind = 'briefing' | 'participant_email' | 'article';

type Props = {
  kind: Kind;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  meetingId: string;
  version: number;
  defaults: { title: string; lead?: string; body: string };
  /** People who will receive it; shown in the confirmation step. */
  recipientCount: number;
  /** False before the meeting is held: drafts only. */
  canDispatch: boolean;
  /** A published article: saving corrects it, no publish button. */
  published?: boolean;
};

export function FollowupForm({ kind, action, meetingId, version, defaults, recipientCount, canDispatch, published = false }: Props) {
  const t = useTranslations('followupEditor');
  const [state, formAction] = useFormAction(action);
  const { field } = keptFields(state);
  return (
    <form action={formAction} noValidate>
      <div aria-live="polite" className="mb-4">
        <FormMessage state={state} namespace="followupEditor.messages" />
      </div>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
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
      <MarkdownField
        {...field('body', defaults.body)}
        label={t('body')}
        hint={t('bodyHint')}
        previewLabel={t('preview')}
        emptyPreview={t('previewEmpty')}
        maxLength={FOLLOWUP_MAX.body}
      />
      <div className="flex flex-wrap items-start gap-3">
        <SubmitButton name="intent" value="save" variant="secondary" pendingLabel={t('saving')}>
          {published ? t('saveChanges') : t('save')}
        </SubmitButton>
        {kind === 'participant_email' ? (
          <SubmitButton name="intent" value="test" variant="secondary" pendingLabel={t('testing')}>
            {t('test')}
          </SubmitButton>
        ) : null}
        {published ? null : <DispatchStep kind={kind} count={recipientCount} disabled={!canDispatch} />}
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
