'use client';
// The registrations of a meeting as cards that work on a phone at the door: one large button
// marks a person present (shown at once, confirmed by the server), and a person can be moved
// between the waitlist and the seats.
import { useTranslations } from 'next-intl';
import { useOptimistic, useState, useTransition } from 'react';
import { SubmitButton } from '@/app/_components/form/submit-button';
import type { moveRegistrationAction, setAttendanceAction } from '@/lib/registrations/attendance-actions';
import { AdminFormMessage } from '../../../_components/admin-form-message';
import { StatusBadge } from '../../../_components/status-badge';
import { useAdminForm } from '../../../_components/use-admin-form';

export type ListedRegistration = {
  id: string;
  status: 'registered' | 'waitlisted' | 'cancelled' | 'attended';
  company: string | null;
  person: string | null;
  email: string | null;
  colleagues: number;
  note: string | null;
  registeredAt: string;
};

type Actions = { attend: typeof setAttendanceAction; move: typeof moveRegistrationAction };

function AttendanceButton({ registration, action }: { registration: ListedRegistration; action: Actions['attend'] }) {
  const t = useTranslations('admin.registrations');
  const [status, setOptimisticStatus] = useOptimistic(registration.status);
  const [error, setError] = useState('');
  const [, startTransition] = useTransition();
  const attended = status === 'attended';
  const who = registration.person ?? registration.email ?? '';
  function toggle() {
    setError('');
    startTransition(async () => {
      setOptimisticStatus(attended ? 'registered' : 'attended');
      const result = await action({ registrationId: registration.id, attended: !attended });
      if (!result.ok) setError(t('attendFailed'));
    });
  }
  return (
    <div>
      <button
        type="button"
        aria-pressed={attended}
        aria-label={t('presentFor', { name: who })}
        onClick={toggle}
        className="inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-md border-2 border-green-800 px-4 py-2 text-lg font-bold text-green-900 aria-pressed:bg-green-800 aria-pressed:text-white sm:w-auto"
      >
        <span aria-hidden="true">{attended ? '✓' : '○'}</span>
        {t('present')}
      </button>
      {error ? <p role="alert" className="mt-1 font-semibold text-red-700">{error}</p> : null}
    </div>
  );
}

function MoveForm({ registration, action }: { registration: ListedRegistration; action: Actions['move'] }) {
  const t = useTranslations('admin.registrations');
  const { state, formAction } = useAdminForm(action);
  const to = registration.status === 'waitlisted' ? 'registered' : 'waitlisted';
  const who = registration.person ?? registration.email ?? '';
  return (
    <form action={formAction}>
      <AdminFormMessage state={state} />
      <input type="hidden" name="registrationId" value={registration.id} />
      <input type="hidden" name="to" value={to} />
      <SubmitButton variant="secondary" pendingLabel={t('working')}>
        {to === 'registered' ? t('toSeats') : t('toWaitlist')}
        <span className="sr-only">: {who}</span>
      </SubmitButton>
    </form>
  );
}

export function RegistrationList({ registrations, actions }: { registrations: ListedRegistration[]; actions: Actions }) {
  const t = useTranslations('admin.registrations');
  const tStatus = useTranslations('admin.registrations.statuses');
  if (!registrations.length) return <p className="rounded-md border border-zinc-300 p-4">{t('empty')}</p>;
  return (
    <ul className="space-y-3">
      {registrations.map((r) => (
        <li key={r.id} className="rounded-md border border-zinc-300 p-4">
          <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
            <div>
              <p className="text-lg font-semibold">{r.person ?? r.email ?? t('deletedPerson')}</p>
              <p>{r.company ?? t('noCompany')}</p>
              <p className="text-sm text-muted">
                {r.email ? `${r.email} · ` : ''}
                {t('colleagues', { count: r.colleagues })} · {t('registeredAt', { when: r.registeredAt })}
              </p>
              {r.note ? <p className="mt-1 whitespace-pre-wrap text-sm">{t('note', { note: r.note })}</p> : null}
              <p className="mt-2"><StatusBadge status={r.status} label={tStatus(r.status)} /></p>
            </div>
            <div className="flex flex-col gap-2 sm:items-end">
              {r.status !== 'cancelled' ? <AttendanceButton registration={r} action={actions.attend} /> : null}
              {r.status === 'registered' || r.status === 'waitlisted' ? <MoveForm registration={r} action={actions.move} /> : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
