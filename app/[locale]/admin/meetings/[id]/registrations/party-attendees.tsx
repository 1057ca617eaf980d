'use client';
// The people of one registration on the list: each with their own check-in button (shown at
// once, confirmed by the server, which refreshes the counts), the time they were checked in, and
// a remove button that asks first (the seat goes to the waitlist). Every text is read once per
// list (the `labels` the list passes in), not formatted per person: the page renders up to 25
// parties per request.
import { ConfirmStep } from '@/app/_components/form/confirm-step';
import type { markAttendeePresentAction, removeAttendeeAction } from '@/lib/attendees/admin-actions';

export type ListedAttendee = {
  id: string;
  name: string;
  isRegistrant: boolean;
  walkIn: boolean;
  email: string | null;
  note: string | null;
  /** Already formatted in Copenhagen time ("16.02"), or null when not checked in. */
  checkedInAt: string | null;
};

export type AttendeeLabels = {
  unnamed: string;
  registrant: string;
  walkIn: string;
  checkedInAt: string;
  /** The toggle's one label ("Mødt"); aria-pressed says whether the person is checked in. */
  present: string;
  remove: string;
  confirmRemoveButton: string;
  keep: string;
  working: string;
  note: string;
};

export type AttendeeActions = { mark: typeof markAttendeePresentAction; remove: typeof removeAttendeeAction };

type Props = {
  attendees: ListedAttendee[];
  labels: AttendeeLabels;
  /** Check-in buttons only from the meeting's day on, and not for a cancelled registration. */
  canCheckIn: boolean;
  /** A seat can be given up while the registration holds or waits for one. */
  canRemove: boolean;
  /** The optimistic check-in state by attendee id (the list's one map). */
  shown: Record<string, boolean>;
  onMark: (attendee: ListedAttendee, present: boolean) => void;
  onRemove: (attendee: ListedAttendee) => Promise<void>;
  /** The question before removing, for this person ("Fjern Anna? …"). */
  removeQuestion: (name: string) => string;
};

const checkInClass =
  'inline-flex min-h-11 items-center justify-center gap-2 rounded-md border-2 border-green-800 px-3 py-1.5 font-bold text-green-900 aria-pressed:bg-green-800 aria-pressed:text-white';

export function PartyAttendees({ attendees, labels, canCheckIn, canRemove, shown, onMark, onRemove, removeQuestion }: Props) {
  return (
    <ul className="mt-3 divide-y divide-zinc-200 border-t border-zinc-200">
      {attendees.map((a) => {
        const name = a.name || labels.unnamed;
        const present = shown[a.id] ?? Boolean(a.checkedInAt);
        return (
          <li key={a.id} className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between" data-testid="attendee">
            <div className="min-w-0">
              <p className={a.name ? 'font-semibold' : 'italic'}>
                {name}
                {a.isRegistrant ? <span className="ml-2 text-sm font-normal text-muted">({labels.registrant})</span> : null}
                {a.walkIn ? <span className="ml-2 text-sm font-normal text-muted">({labels.walkIn})</span> : null}
              </p>
              {a.email ? <p className="break-all text-sm">{a.email}</p> : null}
              {a.note ? <p className="whitespace-pre-wrap text-sm">{labels.note} {a.note}</p> : null}
              {a.checkedInAt ? <p className="text-sm font-semibold text-green-900">{labels.checkedInAt} {a.checkedInAt}</p> : null}
            </div>
            <div className="flex flex-wrap gap-2 sm:justify-end">
              {canCheckIn ? (
                // The name in aria-label, not an sr-only span: chromium puts a space before a
                // positioned span, so the button would be named "Mødt : name".
                <button type="button" aria-pressed={present} aria-label={`${labels.present}: ${name}`} onClick={() => onMark(a, !present)} className={checkInClass}>
                  <span aria-hidden="true">{present ? '✓' : '○'}</span>
                  {labels.present}
                </button>
              ) : null}
              {canRemove && !a.checkedInAt ? (
                <form action={() => onRemove(a)} className="inline-block">
                  <ConfirmStep
                    openLabel={
                      <>
                        {labels.remove}
                        <span className="sr-only">: {name}</span>
                      </>
                    }
                    openVariant="secondary"
                    variant="danger"
                    heading={removeQuestion(name)}
                    headingLevel="text"
                    confirmLabel={labels.confirmRemoveButton}
                    pendingLabel={labels.working}
                    cancelLabel={labels.keep}
                  />
                </form>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
