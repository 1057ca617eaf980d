'use client';
// Publish, unpublish or cancel a meeting. Publishing is one press — except for a meeting dated
// in the past, which is published, after a confirmation, as the record of a meeting already
// held. Going back to draft is offered while nobody is registered or waiting; otherwise an
// upcoming meeting can be cancelled (which emails them). A meeting that has started is not
// cancelled. The outcome is shown here, above the buttons, because the button pressed is gone
// once the status changed. The server enforces the same rules.
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { changeMeetingStatusAction } from '@/lib/meetings/actions';
import { isDatedInThePast, type MeetingPhase } from '@/lib/meetings/meeting-phase';
import { AdminFormMessage } from '../../_components/admin-form-message';
import { ConfirmAction } from '../../_components/confirm-action';
import { useAdminForm } from '../../_components/use-admin-form';

type Props = {
  action: typeof changeMeetingStatusAction;
  meeting: { id: string; version: number; phase: MeetingPhase; startsAt: Date };
  /** Registered and waitlisted people, who are emailed on cancellation. */
  toNotify: number;
};

export function MeetingStatusActions({ action, meeting, toNotify }: Props) {
  const past = isDatedInThePast(meeting.startsAt);
  const canUnpublish = (meeting.phase === 'published' || meeting.phase === 'held') && toNotify === 0;
  const canCancel = meeting.phase === 'draft' || (meeting.phase === 'published' && !past);
  const t = useTranslations('admin.meetings.status');
  const { state, formAction } = useAdminForm(action);
  const hidden = { meetingId: meeting.id, version: meeting.version };
  return (
    <>
      <AdminFormMessage state={state} />
      <div className="flex flex-wrap items-start gap-3">
        {meeting.phase === 'draft' && past ? (
          <ConfirmAction
            action={action}
            dispatch={formAction}
            hidden={{ ...hidden, change: 'publish', recordAsHeld: 'on' }}
            label={t('publishHeld')}
            question={t('publishHeldQuestion')}
            confirmLabel={t('publishHeldConfirm')}
            variant="primary"
          />
        ) : null}
        {meeting.phase === 'draft' && !past ? (
          <form action={formAction} className="inline-block">
            <input type="hidden" name="meetingId" value={meeting.id} />
            <input type="hidden" name="version" value={meeting.version} />
            <input type="hidden" name="change" value="publish" />
            <SubmitButton pendingLabel={t('working')}>{t('publish')}</SubmitButton>
          </form>
        ) : null}
        {canUnpublish ? (
          <ConfirmAction
            action={action}
            dispatch={formAction}
            hidden={{ ...hidden, change: 'unpublish' }}
            label={t('unpublish')}
            question={t('unpublishQuestion')}
            confirmLabel={t('unpublishConfirm')}
            variant="secondary"
          />
        ) : null}
        {canCancel ? (
          <ConfirmAction
            action={action}
            dispatch={formAction}
            hidden={{ ...hidden, change: 'cancel' }}
            label={t('cancel')}
            question={t('cancelQuestion', { count: toNotify })}
            confirmLabel={t('cancelConfirm')}
          />
        ) : null}
      </div>
      {meeting.phase === 'held' && toNotify > 0 ? <p className="mt-3 text-muted">{t('heldWithRegistrations')}</p> : null}
    </>
  );
}
