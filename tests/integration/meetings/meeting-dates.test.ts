// Dates that cannot be got wrong: a meeting dated in the past is only accepted, after an explicit
// confirmation, as the record of a meeting already held and never takes registrations; a
// published meeting nobody is registered for can go back to draft (held or not), otherwise an
// upcoming one can be cancelled; attendance is taken from the meeting's day on (Copenhagen).
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { registrations } from '@/db/schema';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { createMeeting } from '@/lib/meetings/create-meeting';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import type { MeetingInput } from '@/lib/meetings/schema';
import { attendanceOpensAt, meetingPhase } from '@/lib/meetings/meeting-phase';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { setAttendance } from '@/lib/registrations/set-attendance';
import { registerForMeeting } from '@/lib/registrations/register-for-meeting';
import { registrationClosedReason } from '@/lib/registrations/rules';
import { makeForumSettings, makeMeeting, makeUser } from '../../support/fixtures';
import { auditEntriesFor, makeAdmin, makeRegistration } from '../../support/fixtures-admin';

const day = 24 * 3600_000;
const now = copenhagenTime(2031, 6, 15, 10, 0);

const input = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  title: `Erhvervsforum ${Math.random().toString(36).slice(2, 8)}`,
  startsAt: copenhagenTime(2031, 5, 20, 16, 0),
  endsAt: copenhagenTime(2031, 5, 20, 18, 0),
  place: 'Albertslund Rådhus',
  description: '',
  capacity: 40,
  registrationDeadline: null,
  themeIds: [],
  ...overrides,
});

describe('a meeting dated in the past', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('is refused without the confirmation, and accepted with it as a record', async () => {
    const db = await getDb();
    await expect(createMeeting(db, admin, input(), { now })).rejects.toMatchObject({
      key: 'invalid',
      fieldErrors: { recordAsHeld: [{ key: 'admin.pastNeedsConfirmation' }] },
    });
    const { meeting } = await createMeeting(db, admin, input({ recordAsHeld: true }), { now });
    expect(meeting.status).toBe('draft');
    const [created] = await auditEntriesFor(meeting.id);
    expect(created.changes).toMatchObject({ recordedAsHeld: true });
  });

  it('is published only after a confirmation, as held, and is never open for registration', async () => {
    const db = await getDb();
    const { meeting } = await createMeeting(db, admin, input({ recordAsHeld: true }), { now });
    await expect(changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'publish' }, { now })).rejects.toMatchObject({
      key: 'pastNeedsConfirmation',
    });
    const result = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'publish', recordAsHeld: true }, { now });
    expect(result.recordedAsHeld).toBe(true);
    expect(meetingPhase(result.meeting, now)).toBe('held');
    expect(registrationClosedReason(result.meeting, now)).toBe('meetingPast');
    const company = await makeUser('company');
    await expect(registerForMeeting(db, company, { meetingId: meeting.id, colleagues: 0, note: null }, { now })).rejects.toMatchObject({ key: 'meetingPast' });

    // Nobody registered: the record can be withdrawn to draft again.
    const back = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: result.meeting.version, change: 'unpublish' }, { now });
    expect(back.meeting.status).toBe('draft');
  });

  it('asks again only when an edit moves the start into the past', async () => {
    const db = await getDb();
    const { meeting } = await createMeeting(db, admin, input({ recordAsHeld: true }), { now });
    // Editing the text of a meeting already held needs no new confirmation.
    const edited = await updateMeeting(db, admin, { ...input({ title: meeting.title, description: 'Referat følger.' }), meetingId: meeting.id, version: meeting.version }, { now });
    expect(edited.meeting.description).toBe('Referat følger.');
    // Moving a future meeting into the past does.
    const future = await createMeeting(db, admin, input({ startsAt: new Date(now.getTime() + 10 * day), endsAt: new Date(now.getTime() + 10 * day + 7200_000) }), { now });
    await expect(
      updateMeeting(db, admin, { ...input({ title: future.meeting.title }), meetingId: future.meeting.id, version: future.meeting.version }, { now }),
    ).rejects.toMatchObject({ fieldErrors: { recordAsHeld: [{ key: 'admin.pastNeedsConfirmation' }] } });
  });

  it('a future start needs no confirmation and publishes as open for registration', async () => {
    const db = await getDb();
    const { meeting } = await createMeeting(db, admin, input({ startsAt: new Date(now.getTime() + day), endsAt: new Date(now.getTime() + day + 3600_000) }), { now });
    const result = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'publish' }, { now });
    expect(result.recordedAsHeld).toBe(false);
    expect(meetingPhase(result.meeting, now)).toBe('published');
    expect(registrationClosedReason(result.meeting, now)).toBeNull();
  });
});

describe('back to draft or cancel', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    admin = await makeAdmin();
  });

  it('a published meeting with only a waitlisted person cannot go back to draft; it can be cancelled', async () => {
    const db = await getDb();
    const meeting = await makeMeeting();
    await makeRegistration({ meetingId: meeting.id, status: 'waitlisted', waitlistedAt: new Date() });
    await expect(changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'unpublish' })).rejects.toMatchObject({
      key: 'hasRegistrations',
    });
    const cancelled = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'cancel' });
    expect(cancelled.meeting.status).toBe('cancelled');
  });

  it('a published meeting whose registrations were all cancelled can go back to draft', async () => {
    const db = await getDb();
    const meeting = await makeMeeting();
    await makeRegistration({ meetingId: meeting.id, status: 'cancelled', cancelledAt: new Date() });
    const back = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'unpublish' });
    expect(back.meeting.status).toBe('draft');
  });

  it('a meeting that has started is not cancelled', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ startsAt: new Date(Date.now() - 3600_000) });
    await makeRegistration({ meetingId: meeting.id });
    await expect(changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'cancel' })).rejects.toMatchObject({
      key: 'meetingHeld',
    });
  });
});

describe('attendance', () => {
  it('is refused before the meeting’s day (Copenhagen) and taken from its first minute on', async () => {
    const db = await getDb();
    const admin = await makeAdmin();
    // 00:30 in Copenhagen is still the day before in UTC (22:30 or 23:30).
    const meeting = await makeMeeting({ startsAt: copenhagenTime(2031, 9, 17, 0, 30), endsAt: copenhagenTime(2031, 9, 17, 2, 0) });
    const reg = await makeRegistration({ meetingId: meeting.id, colleagues: 1 });
    expect(attendanceOpensAt(meeting)).toEqual(copenhagenTime(2031, 9, 17, 0, 0));

    const monthsBefore = copenhagenTime(2031, 6, 1, 12, 0);
    await expect(setAttendance(db, admin, { registrationId: reg.id, attended: true }, { now: monthsBefore })).rejects.toMatchObject({ key: 'attendanceNotOpen' });
    const lastMinuteBefore = copenhagenTime(2031, 9, 16, 23, 59);
    await expect(setAttendance(db, admin, { registrationId: reg.id, attended: true }, { now: lastMinuteBefore })).rejects.toMatchObject({ key: 'attendanceNotOpen' });
    const [unchanged] = await db.select().from(registrations).where(eq(registrations.id, reg.id));
    expect(unchanged.status).toBe('registered');

    const onTheDay = copenhagenTime(2031, 9, 17, 0, 0);
    const { registration } = await setAttendance(db, admin, { registrationId: reg.id, attended: true }, { now: onTheDay });
    expect(registration).toMatchObject({ status: 'attended', attendedAt: onTheDay });
    // Later days too: attendance can be corrected after the meeting.
    await setAttendance(db, admin, { registrationId: reg.id, attended: false }, { now: copenhagenTime(2031, 10, 1, 9, 0) });
  });
});
