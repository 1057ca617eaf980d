'use client';
// Approve or decline a colleague's request, and leave the company: each asks first.
import { useLocale, useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import { FormMessage } from '@/app/_components/form/form-message';
import { idleState } from '@/lib/actions/form-state';
import { approveJoinRequestAction, declineJoinRequestAction, leaveCompanyAction } from '@/lib/companies/actions';

export function DecideRequest({ requestId, person, company }: { requestId: string; person: string; company: string }) {
  const t = useTranslations('portal.company');
  const locale = useLocale();
  const [approveState, approve] = useActionState(approveJoinRequestAction, idleState);
  const [declineState, decline] = useActionState(declineJoinRequestAction, idleState);
  return (
    <div className="flex flex-col gap-3">
      <div aria-live="polite" className="empty:hidden">
        <FormMessage state={approveState.status === 'idle' ? declineState : approveState} namespace="portal.company.messages" />
      </div>
      <div className="flex flex-wrap gap-3">
        <form action={approve}>
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="locale" value={locale} />
          <ConfirmStep openLabel={t('approve')} heading={t('approveHeading', { person })} confirmLabel={t('approveConfirm')} pendingLabel={t('working')} cancelLabel={t('keep')}>
            <p>{t('approveText', { person, company })}</p>
          </ConfirmStep>
        </form>
        <form action={decline}>
          <input type="hidden" name="requestId" value={requestId} />
          <input type="hidden" name="locale" value={locale} />
          <ConfirmStep openLabel={t('decline')} heading={t('declineHeading', { person })} confirmLabel={t('declineConfirm')} pendingLabel={t('working')} cancelLabel={t('keep')} variant="danger">
            <p>{t('declineText', { person, company })}</p>
          </ConfirmStep>
        </form>
      </div>
    </div>
  );
}

export function LeaveCompany({ company }: { company: string }) {
  const t = useTranslations('portal.company');
  const locale = useLocale();
  const [state, action] = useActionState(leaveCompanyAction, idleState);
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale} />
      <div aria-live="polite" className="mb-2 empty:hidden">
        <FormMessage state={state} namespace="portal.company.messages" />
      </div>
      <ConfirmStep openLabel={t('leave')} heading={t('leaveHeading', { company })} confirmLabel={t('leaveConfirm')} pendingLabel={t('working')} cancelLabel={t('keep')} variant="danger">
        <p>{t('leaveText', { company })}</p>
      </ConfirmStep>
    </form>
  );
}
