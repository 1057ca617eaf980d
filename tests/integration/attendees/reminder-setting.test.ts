// The meeting's reminder setting: "Påmindelse (dage før mødet)", 0–30 days or empty for none.
// A new meeting starts with 2; the form's empty field turns reminders off; a save that does not
// send the field (an older caller) keeps what is stored. Out-of-range values are refused at the field.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { meetings } from '@/db/schema';
import { fieldErrorsFrom } from '@/lib/actions/form-state';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { createMeeting } from '@/lib/meetings/create-meeting';
import { saveMeetingSchema, type MeetingInput } from '@/lib/meetings/schema';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import { makeForumSettings } from '../../support/fixtures';
import { auditEntriesFor, makeAdmin } from '../../support/fixtures-admin';

const input = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  title: `Påmindelsesmøde ${Math.random().toString(36).slice(2, 8)}`,
  startsAt: copenhagenTime(2032, 4, 14, 16, 0),
  endsAt: copenhagenTime(2032, 4, 14, 18, 0),
  place: 'Albertslund Rådhus',
  description: '',
  capacity: null,
  registrationDeadline: null,
  themeIds: [],
  ...overrides,
});

const form = (reminderDaysBefore: string) => ({
  locale: 'da',
  title: 'Et møde med påmindelse',
  startsAt: '2032-04-14T16:00',
  endsAt: '2032-04-14T18:00',
  place: 'Rådhuset',
  reminderDaysBefore,
});

async function reload(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row;
}

describe('the reminder setting of a meeting', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('reads 0–30 and empty from the form, and refuses anything else next to the field', () => {
    expect(saveMeetingSchema.parse(form('')).reminderDaysBefore).toBeNull();
    expect(saveMeetingSchema.parse(form('0')).reminderDaysBefore).toBe(0);
    expect(saveMeetingSchema.parse(form('30')).reminderDaysBefore).toBe(30);
    const { reminderDaysBefore: _notSent, ...withoutField } = form('');
    expect(saveMeetingSchema.parse(withoutField).reminderDaysBefore).toBeUndefined();
    for (const bad of ['31', '-1', '2.5', 'to']) {
      const parsed = saveMeetingSchema.safeParse(form(bad));
      expect(parsed.success, bad).toBe(false);
      expect(Object.keys(fieldErrorsFrom(parsed.error!)), bad).toEqual(['reminderDaysBefore']);
    }
  });

  it('gives a new meeting 2 days unless told otherwise, and keeps "none"', async () => {
    const db = await getDb();
    expect((await createMeeting(db, admin, input())).meeting.reminderDaysBefore).toBe(2);
    expect((await createMeeting(db, admin, input({ reminderDaysBefore: 5 }))).meeting.reminderDaysBefore).toBe(5);
    expect((await createMeeting(db, admin, input({ reminderDaysBefore: null }))).meeting.reminderDaysBefore).toBeNull();
  });

  it('changes it on an edit, records the change, and keeps it when a save leaves it out', async () => {
    const db = await getDb();
    const { meeting } = await createMeeting(db, admin, input({ reminderDaysBefore: 3 }));
    const first = await updateMeeting(db, admin, { ...input({ title: meeting.title, reminderDaysBefore: null }), meetingId: meeting.id, version: meeting.version });
    expect((await reload(meeting.id)).reminderDaysBefore).toBeNull();
    const update = (await auditEntriesFor(meeting.id)).find((e) => e.action === 'meeting.update');
    expect(update?.changes).toMatchObject({ reminderDaysBefore: { from: 3, to: null } });

    await updateMeeting(db, admin, { ...input({ title: meeting.title, reminderDaysBefore: 7 }), meetingId: meeting.id, version: first.meeting.version });
    const { reminderDaysBefore: _left, ...withoutIt } = input({ title: meeting.title, description: 'Ny tekst' });
    await updateMeeting(db, admin, { ...withoutIt, meetingId: meeting.id, version: first.meeting.version + 1 });
    expect(await reload(meeting.id)).toMatchObject({ reminderDaysBefore: 7, description: 'Ny tekst' });
  });
});
