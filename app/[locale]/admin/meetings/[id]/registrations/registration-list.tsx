'use client';
// The registrations of a meeting as cards that work on a phone at the door: each party with its
// people by name (registrant first), each person checked in with their own button, a "whole
// party present" shortcut, a person removed after a confirming step (the seat goes to the
// waitlist), and a party moved between the waitlist and the seats.
//
// The list renders up to 25 parties per request, so its state lives here once rather than in
// every row: one optimistic check-in map, one status line that announces outcomes, the texts
// read once (not per person), and two small forms (to the seats, to the waitlist) that every
// row's move button submits with its registration id (the `form` attribute).
import { useTranslations } from 'next-intl';
import { useId, useOptimistic, useState, useTransition } from 'react';
import { buttonClass } from '@/app/_components/ui/button-styles';
import type { moveRegistrationAction, setAttendanceAction } from '@/lib/registrations/actions';
import { AdminFormMessage } from '../../../_components/admin-form-message';
import { StatusBadge } from '../../../_components/status-badge';
import { useAdminForm } from '../../../_components/use-admin-form';
import { PartyAttendees, type AttendeeActions, type AttendeeLabels, type ListedAttendee } from './party-attendees';

type Status = 'registered' | 'waitlisted' | 'cancelled' | 'attended';

export type ListedRegistration = {
  id: string;
  status: Status;
  company: string | null;
  person: string | null;
  email: string | null;
  registeredAt: string;
  attendees: ListedAttendee[];
};

type Actions = AttendeeActions & { attend: typeof setAttendanceAction; move: typeof moveRegistrationAction };

type ListProps = {
  meetingId: string;
  registrations: ListedRegistration[];
  actions: Actions;
  /** Attendance is taken from the meeting's day on; before, the buttons are not shown. */
  attendanceOpen: boolean;
};

export function RegistrationList({ meetingId, registrations, actions, attendanceOpen }: ListProps) {
  const t = useTranslations('admin.registrations');
  const tStatus = useTranslations('admin.registrations.statuses');
  const tA = useTranslations('attendeesAdmin.list');
  const formIds = { registered: useId(), waitlisted: useId() };
  const { state, formAction, pending } = useAdminForm(actions.move);
  const [moving, setMoving] = useState<string | null>(null);
  const [shown, setShown] = useOptimistic<Record<string, boolean>, Record<string, boolean>>({}, (now, change) => ({ ...now, ...change }));
  const [status, setStatus] = useState<{ text: string; failed: boolean } | null>(null);
  const [, startTransition] = useTransition();

  // Read once for the whole list.
  const labels: AttendeeLabels = {
    unnamed: tA('unnamed'),
    registrant: tA('registrant'),
    walkIn: tA('walkIn'),
    checkedInAt: tA('checkedInAt'),
    present: t('present'),
    remove: tA('remove'),
    confirmRemoveButton: tA('confirmRemoveButton'),
    keep: tA('keep'),
    working: t('working'),
    note: t('note', { note: '' }).trim(),
  };
  const wholeParty = tA('wholeParty');

  function mark(attendee: ListedAttendee, present: boolean) {
    const name = attendee.name || labels.unnamed;
    setStatus(null);
    startTransition(async () => {
      setShown({ [attendee.id]: present });
      const result = await actions.mark({ meetingId, attendeeId: attendee.id, present });
      setStatus(result.ok ? { text: tA(present ? 'checkedIn' : 'checkedOut', { name }), failed: false } : { text: tA('failed'), failed: true });
    });
  }

  function markParty(registration: ListedRegistration) {
    setStatus(null);
    startTransition(async () => {
      setShown(Object.fromEntries(registration.attendees.map((a) => [a.id, true])));
      const result = await actions.attend({ registrationId: registration.id, attended: true });
      setStatus(result.ok ? { text: tA('checkedIn', { name: registration.person ?? registration.company ?? '' }), failed: false } : { text: tA('failed'), failed: true });
    });
  }

  async function remove(attendee: ListedAttendee) {
    const name = attendee.name || labels.unnamed;
    const result = await actions.remove({ meetingId, attendeeId: attendee.id, confirmed: true });
    if (!result.ok) return setStatus({ text: tA('failed'), failed: true });
    setStatus({ text: result.data.promoted ? tA('removedPromoted', { name, count: result.data.promoted }) : tA('removed', { name }), failed: false });
  }

  const removeQuestion = (name: string) => tA('confirmRemove', { name });

  if (!registrations.length) return <p className="rounded-md border border-zinc-300 p-4">{t('empty')}</p>;
  return (
    <>
      <AdminFormMessage state={state} />
      {/* Always in the page, so screen readers announce what is put into it. */}
      <div role="status" aria-live="polite">
        {status ? <p className={status.failed ? 'mb-3 font-semibold text-red-700' : 'mb-3 font-semibold text-green-900'}>{status.text}</p> : null}
      </div>
      {(['registered', 'waitlisted'] as const).map((to) => (
        <form key={to} id={formIds[to]} action={formAction} hidden>
          <input type="hidden" name="to" value={to} />
        </form>
      ))}
      <ul className="space-y-3">
        {registrations.map((r) => {
          const who = r.person ?? r.email ?? '';
          const to = r.status === 'waitlisted' ? 'registered' : 'waitlisted';
          const canCheckIn = attendanceOpen && r.status !== 'cancelled';
          const allIn = r.attendees.every((a) => shown[a.id] ?? Boolean(a.checkedInAt));
          return (
            <li key={r.id} className="rounded-md border border-zinc-300 p-4" data-testid="registration">
              <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <p className="text-lg font-semibold">{r.company ?? t('noCompany')}</p>
                  <p className="text-sm text-muted">{t('registeredAt', { when: r.registeredAt })}</p>
                  <p className="mt-2"><StatusBadge status={r.status} label={tStatus(r.status)} /></p>
                </div>
                <div className="flex flex-col gap-2 sm:items-end">
                  {canCheckIn && r.attendees.length > 1 && !allIn ? (
                    <button type="button" onClick={() => markParty(r)} className={buttonClass.secondary}>
                      {wholeParty}
                      <span className="sr-only">: {who}</span>
                    </button>
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
              <PartyAttendees
                attendees={r.attendees}
                labels={labels}
                canCheckIn={canCheckIn}
                canRemove={r.status === 'registered' || r.status === 'waitlisted' || r.status === 'attended'}
                shown={shown}
                onMark={mark}
                onRemove={remove}
                removeQuestion={removeQuestion}
              />
            </li>
          );
        })}
      </ul>
    </>
  );
}
