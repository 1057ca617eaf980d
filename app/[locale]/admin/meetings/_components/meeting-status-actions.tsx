'use client';
// Publish, unpublish or cancel a meeting. Publishing is one press; unpublishing and cancelling
// ask first (cancelling emails everyone registered or on the waitlist). The outcome is shown
// here, above the buttons, because the button pressed is gone once the status changed.
import { useTranslations } from 'next-intl';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { changeMeetingStatusAction } from '@/lib/meetings/meeting-actions';
import type { MeetingPhase } from '@/lib/meetings/meeting-phase';
import { AdminFormMessage } from '../../_components/admin-form-message';
import { ConfirmAction } from '../../_components/confirm-action';
import { useAdminForm } from '../../_components/use-admin-form';

type Props = {
  action: typeof changeMeetingStatusAction;
  meeting: { id: string; version: number; phase: MeetingPhase };
  /** Registered and waitlisted people, who are emailed on cancellation. */
  toNotify: number;
};

export function MeetingStatusActions({ action, meeting, toNotify }: Props) {
  const t = useTranslations('admin.meetings.status');
  const { state, formAction } = useAdminForm(action);
  const hidden = { meetingId: meeting.id, version: meeting.version };
  return (
    <>
      <AdminFormMessage state={state} />
      <div className="flex flex-wrap items-start gap-3">
        {meeting.phase === 'draft' ? (
          <form action={formAction} className="inline-block">
            <input type="hidden" name="meetingId" value={meeting.id} />
            <input type="hidden" name="version" value={meeting.version} />
            <input type="hidden" name="change" value="publish" />
            <SubmitButton pendingLabel={t('working')}>{t('publish')}</SubmitButton>
          </form>
        ) : null}
        {meeting.phase === 'published' ? (
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
        {meeting.phase === 'draft' || meeting.phase === 'published' ? (
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
    </>
  );
}
