// The registrations page reads its meeting and the seat summary in one query: the same figures
// as the summary on its own, and zeros (not nothing) for a meeting nobody has registered for.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { readMeetingHeaderWithSummary, readRegistrationSummary } from '@/lib/registrations/queries';
import { makeMeeting } from '../../support/fixtures';
import { makeRegistration } from '../../support/fixtures-admin';

describe('the registrations page header', () => {
  it('counts seats, waitlist and attendance like the summary', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 10 });
    await makeRegistration({ meetingId: meeting.id, colleagues: 2 });
    await makeRegistration({ meetingId: meeting.id, colleagues: 1, status: 'attended' });
    await makeRegistration({ meetingId: meeting.id, status: 'waitlisted' });
    await makeRegistration({ meetingId: meeting.id, status: 'cancelled' });
    const read = await readMeetingHeaderWithSummary(db, meeting.id);
    expect(read?.meeting).toMatchObject({ id: meeting.id, title: meeting.title, capacity: 10 });
    expect(read?.summary).toEqual({ seatsTaken: 5, waitlisted: 1, attended: 2, registrations: 2 });
    expect(read?.summary).toEqual(await readRegistrationSummary(db, meeting.id));
  });

  it('gives zeros for a meeting without registrations and nothing for an unknown meeting', async () => {
    const db = await getDb();
    const meeting = await makeMeeting();
    expect((await readMeetingHeaderWithSummary(db, meeting.id))?.summary).toEqual({ seatsTaken: 0, waitlisted: 0, attended: 0, registrations: 0 });
    expect(await readMeetingHeaderWithSummary(db, randomUUID())).toBeNull();
  });
});
