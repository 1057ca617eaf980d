'use server';
// The door's check-in page: scan a ticket, tap a person, undo a wrong tap, add a walk-in. Each
// answers with the person as the result banner names them and the fresh count, so the phone
// that acted is up to date at once (the others catch up by polling the count route).
import { getDb } from '@/db/client';
import { formAction, guardedAction } from '@/lib/actions/wrappers';
import { invalidate } from '@/lib/cache/invalidate';
import { addWalkIn } from './add-walk-in';
import { checkInAttendee, undoCheckIn } from './check-in';
import { checkInActions } from './check-in-action-declarations';
import { checkInByTicket } from './check-in-by-ticket';
import { readCheckInCount, readCheckInPerson } from './check-in-queries';
import type { CheckInAnswer } from './check-in-answer';

const declared = checkInActions.actions;

async function answer(meetingId: string, outcome: CheckInAnswer['outcome'], attendeeId: string | null, at: Date | null): Promise<CheckInAnswer> {
  const db = await getDb();
  const person = attendeeId ? await readCheckInPerson(db, meetingId, attendeeId) : null;
  return {
    outcome,
    person: person ? { id: person.id, name: person.name, company: person.company, walkIn: person.walkIn } : null,
    at: at?.toISOString() ?? null,
    count: await readCheckInCount(db, meetingId),
  };
}

export const checkInTicketAction = guardedAction(declared.checkInTicketAction, async (input, { user }) => {
  const result = await checkInByTicket(await getDb(), user, input);
  if (result.outcome === 'invalid') return answer(input.meetingId, 'invalid', null, null);
  const at = result.outcome === 'already' ? result.at : result.attendee.checkedInAt;
  return answer(input.meetingId, result.outcome, result.attendee.id, at);
});

export const checkInPersonAction = guardedAction(declared.checkInPersonAction, async (input, { user }) => {
  const result = await checkInAttendee(await getDb(), user, { ...input, via: 'search' });
  const at = result.outcome === 'already' ? result.at : result.attendee.checkedInAt;
  return answer(input.meetingId, result.outcome, result.attendee.id, at);
});

export const undoCheckInAction = guardedAction(declared.undoCheckInAction, async (input, { user }) => {
  const attendee = await undoCheckIn(await getDb(), user, input);
  return answer(input.meetingId, 'undone', attendee.id, null);
});

export const walkInAction = formAction(declared.walkInAction, async (input, { user }) => {
  const result = await addWalkIn(await getDb(), user, input);
  // The meeting's public page shows the seats left.
  invalidate(...result.cacheTags);
  return { status: 'success' as const, message: 'walkInAdded', data: await answer(input.meetingId, 'checked-in', result.attendee.id, result.attendee.checkedInAt) };
});
