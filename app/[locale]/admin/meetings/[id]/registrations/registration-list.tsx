'use client';
// The registrations of a meeting as cards that work on a phone at the door: one large button
// marks a person present (shown at once, confirmed by the server), and a person can be moved
// between the waitlist and the seats.
//
// The list renders up to 25 people per request, so its state lives here once rather than in
// every row: one optimistic attendance map, and two small forms (to the seats, to the
// waitlist) that every row's move button submits with its registration id (the `form`
// attribute), instead of a form, an action state and hidden inputs per row.
import { useTranslations } from 'next-intl';
import { useId, useOptimistic, useState, useTransition } from 'react';
import { buttonClass } from '@/app/_components/ui/button-styles';
import type { moveRegistrationAction, setAttendanceAction } from '@/lib/registrations/actions';
import { AdminFormMessage } from '../../../_components/admin-form-message';
import { StatusBadge } from '../../../_components/status-badge';
import { useAdminForm } from '../../../_components/use-admin-form';

type Status = 'registered' | 'waitlisted' | 'cancelled' | 'attended';

export type ListedRegistration = {
  id: string;
  status: Status;
  company: string | null;
  person: string | null;
  email: string | null;
  colleagues: number;
  note: string | null;
  registeredAt: string;
};

type Actions = { attend: typeof setAttendanceAction; move: typeof moveRegistrationAction };

const attendClass =
  'inline-flex min-h-12 w-full items-center justify-center gap-2 rounded-md border-2 border-green-800 px-4 py-2 text-lg font-bold text-green-900 aria-pressed:bg-green-800 aria-pressed:text-white sm:w-auto';

type ListProps = {
  registrations: ListedRegistration[];
  actions: Actions;
  /** Attendance is taken from the meeting's day on; before, the buttons are not shown. */
  attendanceOpen: boolean;
};

export function RegistrationList({ registrations, actions, attendanceOpen }: ListProps) {
  const t = useTranslations('admin.registrations');
  const tStatus = useTranslations('admin.registrations.statuses');
  const formIds = { registered: useId(), waitlisted: useId() };
  const { state, formAction, pending } = useAdminForm(actions.move);
  const [moving, setMoving] = useState<string | null>(null);
  const [attended, setAttended] = useOptimistic<Record<string, Status>, [string, Status]>({}, (shown, [id, status]) => ({ ...shown, [id]: status }));
  const [failed, setFailed] = useState<Record<string, boolean>>({});
  const [, startTransition] = useTransition();

  function toggleAttendance(registration: ListedRegistration, isPresent: boolean) {
    setFailed((f) => ({ ...f, [registration.id]: false }));
    startTransition(async () => {
      setAttended([registration.id, isPresent ? 'registered' : 'attended']);
      const result = await actions.attend({ registrationId: registration.id, attended: !isPresent });
      if (!result.ok) setFailed((f) => ({ ...f, [registration.id]: true }));
    });
  }

  if (!registrations.length) return <p className="rounded-md border border-zinc-300 p-4">{t('empty')}</p>;
  return (
    <>
      <AdminFormMessage state={state} />
      {(['registered', 'waitlisted'] as const).map((to) => (
        <form key={to} id={formIds[to]} action={formAction} hidden>
          <input type="hidden" name="to" value={to} />
        </form>
      ))}
      <ul className="space-y-3">
        {registrations.map((r) => {
          const who = r.person ?? r.email ?? '';
          const status = attended[r.id] ?? r.status;
          const isPresent = status === 'attended';
          const to = r.status === 'waitlisted' ? 'registered' : 'waitlisted';
          return (
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
                  {attendanceOpen && r.status !== 'cancelled' ? (
                    <div>
                      <button
                        type="button"
                        aria-pressed={isPresent}
                        aria-label={t('presentFor', { name: who })}
                        onClick={() => toggleAttendance(r, isPresent)}
                        className={attendClass}
                      >
                        <span aria-hidden="true">{isPresent ? '✓' : '○'}</span>
                        {t('present')}
                      </button>
                      {failed[r.id] ? <p role="alert" className="mt-1 font-semibold text-red-700">{t('attendFailed')}</p> : null}
                    </div>
                  ) : null}
                  {r.status === 'registered' || r.status === 'waitlisted' ? (
                    <button
                      type="submit"
                      form={formIds[to]}
                      name="registrationId"
                      value={r.id}
                      onClick={() => setMoving(r.id)}
                      disabled={pending}
                      aria-disabled={pending}
                      className={buttonClass.secondary}
                    >
                      {pending && moving === r.id ? t('working') : to === 'registered' ? t('toSeats') : t('toWaitlist')}
                      <span className="sr-only">: {who}</span>
                    </button>
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
