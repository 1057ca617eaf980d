// A new time or place for a published meeting reaches everyone registered or waitlisted, once,
// with an .ics that moves the event in their calendar (same UID, higher SEQUENCE); the public
// feed carries the same SEQUENCE. A save that changes neither sends nothing and moves nothing.
import { and, eq, like } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { emailOutbox, meetings, meetingThemes } from '@/db/schema';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { meetingsCalendar } from '@/lib/meetings/calendar';
import { updateMeeting } from '@/lib/meetings/update-meeting';
import type { MeetingInput } from '@/lib/meetings/schema';
import { changeMeetingStatus } from '@/lib/meetings/change-meeting-status';
import { readPublicMeetings } from '@/lib/meetings/queries';
import { unsubscribeAddress } from '@/lib/subscriptions/unsubscribe';
import { makeForumSettings, makeMeeting, makeTheme, makeUser } from '../../support/fixtures';
import { emailsTo, makeAdmin, makeRegistration } from '../../support/fixtures-admin';
import { readIcsAttachment, readIcsEvents } from '../../support/ics';

const SITE = 'http://localhost:3000';
const YEAR = new Date().getFullYear() + 2;
type Meeting = typeof meetings.$inferSelect;

async function changeNotices(meetingId: string) {
  const db = await getDb();
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.kind, 'meeting-changed'), like(emailOutbox.idempotencyKey, `meeting-changed:${meetingId}:%`)));
}

const asInput = (m: Meeting, overrides: Partial<MeetingInput> = {}) => ({
  meetingId: m.id,
  version: m.version,
  title: m.title,
  slug: m.slug,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  place: m.place,
  address: m.address,
  description: m.description,
  capacity: m.capacity,
  registrationDeadline: m.registrationDeadline,
  themeIds: [],
  ...overrides,
});

async function feedEvent(meetingId: string) {
  const ics = meetingsCalendar(await readPublicMeetings(await getDb()), SITE, 'Møder');
  return readIcsEvents(ics).find((e) => e.UID.startsWith(`meeting-${meetingId}@`))!;
}

describe('changing the time or place of a published meeting', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('reaches a registered person who unsubscribed from the news, and carries no unsubscribe link', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ startsAt: copenhagenTime(YEAR, 5, 6, 16, 0), endsAt: copenhagenTime(YEAR, 5, 6, 18, 0), place: 'Albertslund Rådhus' });
    const person = await makeUser('company');
    await makeRegistration({ meetingId: meeting.id, userId: person.id });
    await unsubscribeAddress(db, person.email);

    await updateMeeting(db, admin, asInput(meeting, { place: 'Hersted Industripark' }));

    const [notice] = await changeNotices(meeting.id);
    expect(notice.toEmail).toBe(person.email);
    expect(notice.headers?.['List-Unsubscribe']).toBeUndefined();
    expect(notice.html).not.toContain('data-unsubscribe');
  });

  it('emails each registered and waitlisted person once with the change and an .ics with the same UID and a higher SEQUENCE', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({
      title: 'Forårsmødet',
      startsAt: copenhagenTime(YEAR, 4, 2, 16, 0),
      endsAt: copenhagenTime(YEAR, 4, 2, 18, 0),
      place: 'Albertslund Rådhus',
      address: 'Nordmarks Allé 1',
    });
    const before = await feedEvent(meeting.id);
    const registered = await makeUser('company');
    const english = await makeUser('company', { locale: 'en' });
    const waiting = await makeUser('company');
    const withdrawn = await makeUser('company');
    const gone = await makeUser('company', { deactivatedAt: new Date() });
    await makeRegistration({ meetingId: meeting.id, userId: registered.id });
    await makeRegistration({ meetingId: meeting.id, userId: english.id });
    await makeRegistration({ meetingId: meeting.id, userId: waiting.id, status: 'waitlisted' });
    await makeRegistration({ meetingId: meeting.id, userId: withdrawn.id, status: 'cancelled' });
    await makeRegistration({ meetingId: meeting.id, userId: gone.id });

    const { meeting: moved, queuedEmails } = await updateMeeting(
      db,
      admin,
      asInput(meeting, { startsAt: copenhagenTime(YEAR, 4, 9, 17, 0), endsAt: copenhagenTime(YEAR, 4, 9, 19, 0), place: 'Hersted Industripark', address: 'Roskildevej 10' }),
    );
    expect(queuedEmails).toBe(3);
    expect(moved.calendarSequence).toBe(meeting.calendarSequence + 1);

    const rows = await changeNotices(meeting.id);
    expect(rows.map((r) => r.toEmail).sort()).toEqual([registered.email, english.email, waiting.email].sort());
    expect(rows.every((r) => r.status === 'pending')).toBe(true);
    const danish = rows.find((r) => r.toEmail === registered.email)!;
    expect(danish.subject).toBe('Ændret tid eller sted: Forårsmødet');
    expect(danish.text).toMatch(/den 2\. april \d{4} kl\. 16\.00–18\.00 → Nu: \S+ den 9\. april \d{4} kl\. 17\.00–19\.00/);
    expect(danish.text).toContain('Før: Albertslund Rådhus, Nordmarks Allé 1 → Nu: Hersted Industripark, Roskildevej 10');
    const en = rows.find((r) => r.toEmail === english.email)!;
    expect(en.subject).toBe('New time or place: Forårsmødet');
    expect(en.text).toMatch(/2 April \d{4} at 16:00–18:00 → Now: \w+, 9 April \d{4} at 17:00–19:00/);

    for (const row of rows) {
      expect(row.attachments).toHaveLength(1);
      const event = readIcsAttachment(row.attachments![0].content);
      expect(event.UID).toBe(before.UID);
      expect(Number(event.SEQUENCE)).toBe(Number(before.SEQUENCE) + 1);
      expect(event.DTSTART).toBe(copenhagenTime(YEAR, 4, 9, 17, 0).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
      expect(event.LOCATION).toBe('Hersted Industripark, Roskildevej 10');
    }
    // The public feed follows: the same UID with the same new SEQUENCE and time.
    const after = await feedEvent(meeting.id);
    expect(after.UID).toBe(before.UID);
    expect(after.SEQUENCE).toBe(String(moved.calendarSequence));
    expect(after.LOCATION).toBe('Hersted Industripark, Roskildevej 10');

    // A second save without a new time or place (only the description) sends nothing and keeps the sequence.
    const { meeting: saved, queuedEmails: none } = await updateMeeting(db, admin, asInput(moved, { description: 'Nu med kaffe.' }));
    expect(none).toBe(0);
    expect(saved.calendarSequence).toBe(moved.calendarSequence);
    const { meeting: again } = await updateMeeting(db, admin, asInput(saved));
    expect(again.calendarSequence).toBe(moved.calendarSequence);
    expect(await changeNotices(meeting.id)).toHaveLength(3);

    // A later move is a new change: one more email each, one higher again.
    const { meeting: movedAgain } = await updateMeeting(db, admin, asInput(again, { endsAt: copenhagenTime(YEAR, 4, 9, 20, 0) }));
    expect(movedAgain.calendarSequence).toBe(moved.calendarSequence + 1);
    const all = await changeNotices(meeting.id);
    expect(all).toHaveLength(6);
    expect(new Set(all.map((r) => r.idempotencyKey)).size).toBe(6);
  });

  it('tells the proposers of the meeting’s themes the new time and place, once, unless they already get the change as registrants', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ title: 'Sommermødet', startsAt: copenhagenTime(YEAR, 6, 1, 16, 0), endsAt: copenhagenTime(YEAR, 6, 1, 18, 0) });
    const proposer = await makeUser('company');
    const registeredProposer = await makeUser('company');
    const theme = await makeTheme({ proposerId: proposer.id });
    const otherTheme = await makeTheme({ proposerId: registeredProposer.id });
    await db.insert(meetingThemes).values([
      { meetingId: meeting.id, themeId: theme.id, position: 0 },
      { meetingId: meeting.id, themeId: otherTheme.id, position: 1 },
    ]);
    await makeRegistration({ meetingId: meeting.id, userId: registeredProposer.id });

    const moved = { startsAt: copenhagenTime(YEAR, 6, 8, 16, 0), endsAt: copenhagenTime(YEAR, 6, 8, 18, 0) };
    const { meeting: saved } = await updateMeeting(db, admin, asInput(meeting, { ...moved, themeIds: [theme.id, otherTheme.id] }));
    const toProposer = await emailsTo(proposer.email);
    expect(toProposer.map((m) => m.kind)).toEqual(['theme-meeting-moved']);
    expect(toProposer[0].subject).toBe(`Ny tid eller sted for mødet med dit tema: ${theme.title}`);
    expect(toProposer[0].text).toMatch(/den 8\. juni \d{4} kl\. 16\.00–18\.00/);
    expect((await emailsTo(registeredProposer.email)).map((m) => m.kind)).toEqual(['meeting-changed']);

    // Saved again unchanged: nobody hears anything more.
    await updateMeeting(db, admin, asInput(saved, { themeIds: [theme.id, otherTheme.id] }));
    expect(await emailsTo(proposer.email)).toHaveLength(1);
  });

  it('moves a draft without emailing anyone, and cancelling raises the sequence so calendars take it', async () => {
    const db = await getDb();
    const draft = await makeMeeting({ status: 'draft' });
    await makeRegistration({ meetingId: draft.id });
    const { meeting, queuedEmails } = await updateMeeting(db, admin, asInput(draft, { startsAt: new Date(draft.startsAt.getTime() + 86_400_000), endsAt: new Date(draft.endsAt.getTime() + 86_400_000) }));
    expect(queuedEmails).toBe(0);
    expect(await changeNotices(draft.id)).toHaveLength(0);

    const published = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: meeting.version, change: 'publish' });
    const cancelled = await changeMeetingStatus(db, admin, { meetingId: meeting.id, version: published.meeting.version, change: 'cancel' });
    expect(cancelled.meeting.calendarSequence).toBe(published.meeting.calendarSequence + 1);
    const event = await feedEvent(meeting.id);
    expect(event.STATUS).toBe('CANCELLED');
    expect(event.SEQUENCE).toBe(String(cancelled.meeting.calendarSequence));
  });
});
