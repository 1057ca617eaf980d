// Creating and editing meetings: the address, the rules across fields, the concurrent-edit
// conflict, and publishing, unpublishing and cancelling.
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { meetings, meetingThemes, users } from '@/db/schema';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { createMeeting } from '@/lib/meetings/create-meeting';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import type { MeetingInput } from '@/lib/meetings/schema';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { auditEntriesFor, emailsTo, makeAdmin, makeRegistration } from '../../support/fixtures-admin';

const input = (overrides: Partial<MeetingInput> = {}): MeetingInput => ({
  title: 'Strategisk Erhvervsforum, marts 2031',
  startsAt: copenhagenTime(2031, 3, 12, 16, 0),
  endsAt: copenhagenTime(2031, 3, 12, 18, 30),
  place: 'Albertslund Rådhus',
  address: 'Nordmarks Allé 1',
  description: 'Grøn omstilling i Hersted Industripark.',
  capacity: 60,
  registrationDeadline: copenhagenTime(2031, 3, 10, 12, 0),
  themeIds: [],
  ...overrides,
});

async function reload(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  return row;
}

describe('creating and editing meetings', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('makes the address from the title, spelling out Danish letters, and adds a number when it is taken', async () => {
    const db = await getDb();
    const title = `Grøn vækst på Vestegnen ${Date.now()}`;
    const first = await createMeeting(db, admin, input({ title }));
    const second = await createMeeting(db, admin, input({ title }));
    expect(first.meeting.slug).toBe(`groen-vaekst-paa-vestegnen-${title.split(' ').pop()}`);
    expect(second.meeting.slug).toBe(`${first.meeting.slug}-2`);
    expect(first.meeting.status).toBe('draft');
  });

  it('stores the Copenhagen times as the right instants', async () => {
    const { meeting } = await createMeeting(await getDb(), admin, input({ title: `Sommermøde ${Date.now()}`, startsAt: copenhagenTime(2031, 7, 1, 16, 0), endsAt: copenhagenTime(2031, 7, 1, 18, 0) }));
    expect(meeting.startsAt.toISOString()).toBe('2031-07-01T14:00:00.000Z');
  });

  it('refuses a typed address that is taken and saves nothing', async () => {
    const db = await getDb();
    const taken = await makeMeeting();
    const title = `Dobbelt adresse ${Date.now()}`;
    await expect(createMeeting(db, admin, input({ title, slug: taken.slug }))).rejects.toMatchObject({
      fieldErrors: { slug: [{ key: 'admin.slugTaken' }] },
    });
    expect(await db.select().from(meetings).where(eq(meetings.title, title))).toHaveLength(0);
  });

  it('refuses an address with spaces or capitals', async () => {
    await expect(createMeeting(await getDb(), admin, input({ slug: 'Mit Møde' }))).rejects.toMatchObject({
      fieldErrors: { slug: [{ key: 'admin.slugFormat' }] },
    });
  });

  it('names every bad field at once: end before start and deadline after start', async () => {
    const db = await getDb();
    const title = `Forkerte tider ${Date.now()}`;
    const error = await createMeeting(
      db,
      admin,
      input({ title, endsAt: copenhagenTime(2031, 3, 12, 15, 0), registrationDeadline: copenhagenTime(2031, 3, 13, 9, 0) }),
    ).catch((e) => e);
    expect(error.fieldErrors).toEqual({
      endsAt: [{ key: 'admin.endBeforeStart' }],
      registrationDeadline: [{ key: 'admin.deadlineAfterStart' }],
    });
    expect(await db.select().from(meetings).where(eq(meetings.title, title))).toHaveLength(0);
  });

  it('refuses a capacity below the seats already taken and leaves the meeting and its themes as they were', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 20 });
    const theme = await makeTheme();
    await makeRegistration({ meetingId: meeting.id, colleagues: 4 });
    await makeRegistration({ meetingId: meeting.id, colleagues: 2 });
    await makeRegistration({ meetingId: meeting.id, colleagues: 9, status: 'waitlisted' });
    await expect(
      updateMeeting(db, admin, { ...input({ title: 'Nyt navn', capacity: 7, themeIds: [theme.id] }), meetingId: meeting.id, version: meeting.version }),
    ).rejects.toMatchObject({ fieldErrors: { capacity: [{ key: 'admin.capacityBelowTaken', values: { taken: 8 } }] } });
    expect(await reload(meeting.id)).toMatchObject({ title: meeting.title, capacity: 20, version: meeting.version });
    expect(await db.select().from(meetingThemes).where(eq(meetingThemes.meetingId, meeting.id))).toHaveLength(0);

    await updateMeeting(db, admin, { ...input({ title: meeting.title, slug: meeting.slug, capacity: 8 }), meetingId: meeting.id, version: meeting.version });
    expect((await reload(meeting.id)).capacity).toBe(8);
  });

  it('refuses the second of two edits made on the same version, keeping the first', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ title: 'Udgangspunkt' });
    const base = { ...input({ slug: meeting.slug }), meetingId: meeting.id, version: meeting.version };
    await updateMeeting(db, admin, { ...base, title: 'Anes titel' });
    await expect(updateMeeting(db, admin, { ...base, title: 'Bents titel' })).rejects.toMatchObject({ key: 'conflict' });
    const after = await reload(meeting.id);
    expect(after).toMatchObject({ title: 'Anes titel', version: meeting.version + 1 });
    const entries = await auditEntriesFor(meeting.id);
    expect(entries.map((e) => e.action)).toEqual(['meeting.update']);
    expect(entries[0].changes).toMatchObject({ title: { from: 'Udgangspunkt', to: 'Anes titel' } });
  });

  it('puts accepted themes on the meeting in the chosen order and tells their proposers nothing while it is a draft', async () => {
    const db = await getDb();
    const proposer = await makeUser('company');
    const a = await makeTheme({ proposerId: proposer.id });
    const b = await makeTheme();
    const submitted = await makeTheme({ status: 'submitted' });
    await expect(createMeeting(db, admin, input({ title: `Med forkert tema ${Date.now()}`, themeIds: [submitted.id] }))).rejects.toMatchObject({
      fieldErrors: { themeIds: [{ key: 'admin.themeNotAccepted' }] },
    });
    const { meeting } = await createMeeting(db, admin, input({ title: `Med temaer ${Date.now()}`, themeIds: [b.id, a.id] }));
    const links = await db.select().from(meetingThemes).where(eq(meetingThemes.meetingId, meeting.id)).orderBy(meetingThemes.position);
    expect(links.map((l) => l.themeId)).toEqual([b.id, a.id]);
    // A new meeting is a draft; its themes' proposers hear about it when it is published.
    expect(await emailsTo(proposer.email)).toEqual([]);
  });

  it('publishes a draft, unpublishes it while nobody is registered, and refuses when someone is', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ status: 'draft' });
    const published = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'publish' });
    expect(published.meeting).toMatchObject({ status: 'published' });
    expect(published.meeting.publishedAt).toBeInstanceOf(Date);
    expect(published.cacheTags).toEqual(expect.arrayContaining(['meetings', `meeting:${meeting.slug}`]));
    const draft = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: published.meeting.version, change: 'unpublish' });
    expect(draft.meeting.status).toBe('draft');
    const again = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: draft.meeting.version, change: 'publish' });
    await makeRegistration({ meetingId: meeting.id });
    await expect(
      changeMeetingStatus(db, admin, { meetingId: meeting.id, version: again.meeting.version, change: 'unpublish' }),
    ).rejects.toMatchObject({ key: 'hasRegistrations' });
    expect((await auditEntriesFor(meeting.id)).map((e) => e.action)).toEqual(['meeting.publish', 'meeting.unpublish', 'meeting.publish']);
  });

  it('cancels a meeting and emails everyone registered or waitlisted, nobody else', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ title: 'Mødet der aflyses' });
    const registered = await makeRegistration({ meetingId: meeting.id });
    const waitlisted = await makeRegistration({ meetingId: meeting.id, status: 'waitlisted' });
    const cancelled = await makeRegistration({ meetingId: meeting.id, status: 'cancelled' });
    const result = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'cancel' });
    expect(result.meeting.status).toBe('cancelled');
    expect(result.notified).toBe(2);
    const emailOf = async (userId: string | null) => (await db.select().from(users).where(eq(users.id, userId!)))[0].email;
    expect((await emailsTo(await emailOf(registered.userId)))[0].subject).toBe('Aflyst: Mødet der aflyses');
    expect(await emailsTo(await emailOf(waitlisted.userId))).toHaveLength(1);
    expect(await emailsTo(await emailOf(cancelled.userId))).toHaveLength(0);
    await expect(
      changeMeetingStatus(db, admin, { meetingId: meeting.id, version: result.meeting.version, change: 'publish' }),
    ).rejects.toMatchObject({ key: 'wrongStatus' });
  });
});
