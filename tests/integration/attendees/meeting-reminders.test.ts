// Reminders before a meeting: who gets one and when (the window opens reminder_days_before days
// before the start and closes at the start), exactly once also when two runs claim at the same
// time, and what the email holds (the release link, the calendar links, the .ics, the language).
import { and, eq, like } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attendees, emailOutbox, registrations, users } from '@/db/schema';
import { readReleaseCode } from '@/lib/attendees/ticket-code';
import { sendDueReminders } from '@/lib/attendees/send-reminders';
import { makeMeeting, makeUser } from '../../support/fixtures';
import { makeRegistration } from '../../support/fixtures-admin';

const day = 24 * 3600_000;

// Every test's meeting starts later than the one before, so a run at a test's own `now` finds
// earlier meetings started and later ones' windows not yet open: each test sees its own rows.
let nextStart = Date.UTC(2031, 0, 6, 15, 0);
function freshStart() {
  nextStart += 90 * day;
  return new Date(nextStart);
}

async function remindersFor(meetingId: string) {
  const db = await getDb();
  return db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.kind, 'meeting-reminder'), like(emailOutbox.idempotencyKey, `meeting-reminder:${meetingId}:%`)));
}

async function attendeesOf(registrationId: string) {
  const db = await getDb();
  return db.select().from(attendees).where(eq(attendees.registrationId, registrationId)).orderBy(attendees.position);
}

/** A colleague with a name and an email, added to a party (the trigger counts the seat). */
async function addColleague(registrationId: string, meetingId: string, name: string, email: string | null) {
  const db = await getDb();
  const [row] = await db.insert(attendees).values({ registrationId, meetingId, name, email, position: 10 + Math.floor(Math.random() * 1000) }).returning();
  return row;
}

describe('when reminders go out', () => {
  it('sends nothing before the window, one inside it, and none at or after the start', async () => {
    const startsAt = freshStart();
    const meeting = await makeMeeting({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), reminderDaysBefore: 2 });
    const reg = await makeRegistration({ meetingId: meeting.id });
    const db = await getDb();

    expect((await sendDueReminders(db, { now: new Date(startsAt.getTime() - 2 * day - 60_000) })).claimed).toBe(0);
    expect(await remindersFor(meeting.id)).toHaveLength(0);

    const inside = new Date(startsAt.getTime() - 2 * day + 60_000);
    expect((await sendDueReminders(db, { now: inside })).claimed).toBe(1);
    const [registrant] = await attendeesOf(reg.id);
    expect(registrant.remindedAt?.getTime()).toBe(inside.getTime());
    expect(await remindersFor(meeting.id)).toHaveLength(1);

    // A later run inside the window sends it again to nobody.
    expect((await sendDueReminders(db, { now: new Date(inside.getTime() + day) })).claimed).toBe(0);
    expect(await remindersFor(meeting.id)).toHaveLength(1);
  });

  it('sends nothing once the meeting has started, even to someone never reminded', async () => {
    const startsAt = freshStart();
    const meeting = await makeMeeting({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), reminderDaysBefore: 2 });
    await makeRegistration({ meetingId: meeting.id });
    const db = await getDb();
    expect((await sendDueReminders(db, { now: startsAt })).claimed).toBe(0);
    expect((await sendDueReminders(db, { now: new Date(startsAt.getTime() + 3600_000) })).claimed).toBe(0);
    expect(await remindersFor(meeting.id)).toHaveLength(0);
  });

  it('sends none for a cancelled meeting, a released seat, a waitlisted party, a cancelled party, or a meeting without reminders', async () => {
    const startsAt = freshStart();
    const ends = new Date(startsAt.getTime() + 2 * 3600_000);
    const now = new Date(startsAt.getTime() - day);
    const cancelled = await makeMeeting({ startsAt, endsAt: ends, status: 'cancelled', reminderDaysBefore: 2 });
    const silent = await makeMeeting({ startsAt, endsAt: ends, reminderDaysBefore: null });
    const draft = await makeMeeting({ startsAt, endsAt: ends, status: 'draft', reminderDaysBefore: 2 });
    const open = await makeMeeting({ startsAt, endsAt: ends, reminderDaysBefore: 2 });
    await makeRegistration({ meetingId: cancelled.id });
    await makeRegistration({ meetingId: silent.id });
    await makeRegistration({ meetingId: draft.id });
    await makeRegistration({ meetingId: open.id, status: 'waitlisted' });
    await makeRegistration({ meetingId: open.id, status: 'cancelled', cancelledAt: new Date() });
    const released = await makeRegistration({ meetingId: open.id });
    const colleague = await addColleague(released.id, open.id, 'Bo Frigivet', 'bo.frigivet@example.test');
    const db = await getDb();
    await db.update(attendees).set({ cancelledAt: new Date() }).where(eq(attendees.id, colleague.id));

    const summary = await sendDueReminders(db, { now });
    // Only the registrant of the party whose colleague released the seat.
    expect(summary.claimed).toBe(1);
    for (const m of [cancelled, silent, draft]) expect(await remindersFor(m.id)).toHaveLength(0);
    const sent = await remindersFor(open.id);
    expect(sent.map((e) => e.toEmail)).not.toContain('bo.frigivet@example.test');
    expect(sent).toHaveLength(1);
  });

  it('reaches a party moved up from the waitlist and a colleague added after the window opened, on the next run', async () => {
    const startsAt = freshStart();
    const meeting = await makeMeeting({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), reminderDaysBefore: 3 });
    const first = await makeRegistration({ meetingId: meeting.id });
    const waiting = await makeRegistration({ meetingId: meeting.id, status: 'waitlisted' });
    const db = await getDb();
    const opened = new Date(startsAt.getTime() - 3 * day + 1000);
    expect((await sendDueReminders(db, { now: opened })).claimed).toBe(1);

    await db.update(registrations).set({ status: 'registered', waitlistedAt: null }).where(eq(registrations.id, waiting.id));
    const late = await addColleague(first.id, meeting.id, 'Sen Kollega', 'sen.kollega@example.test');
    const unnamed = await addColleague(first.id, meeting.id, '', null);
    const next = await sendDueReminders(db, { now: new Date(opened.getTime() + 3600_000) });
    expect(next.claimed).toBe(2);
    const to = (await remindersFor(meeting.id)).map((e) => e.toEmail);
    expect(to).toHaveLength(3);
    expect(to).toContain('sen.kollega@example.test');
    const [promotedRegistrant] = await attendeesOf(waiting.id);
    expect(to).toContain(promotedRegistrant.email);
    // Someone without an email has nobody to remind, and is left for nobody to claim again.
    const [noEmail] = await db.select().from(attendees).where(eq(attendees.id, unnamed.id));
    expect(noEmail.remindedAt).toBeNull();
    expect(late.id).toBeTruthy();
  });
});

describe('exactly once', () => {
  it('gives every attendee one reminder when two runs claim at the same time', async () => {
    const startsAt = freshStart();
    const meeting = await makeMeeting({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), reminderDaysBefore: 2 });
    const parties = await Promise.all(Array.from({ length: 8 }, () => makeRegistration({ meetingId: meeting.id })));
    for (const [i, party] of parties.slice(0, 4).entries()) await addColleague(party.id, meeting.id, `Kollega ${i}`, `kollega-${i}-${party.id.slice(0, 6)}@example.test`);
    const db = await getDb();
    const now = new Date(startsAt.getTime() - day);

    const [a, b] = await Promise.all([sendDueReminders(db, { now, batchSize: 3 }), sendDueReminders(db, { now, batchSize: 3 })]);
    expect(a.claimed + b.claimed).toBe(12);
    expect(a.queued + b.queued).toBe(12);
    const sent = await remindersFor(meeting.id);
    expect(sent).toHaveLength(12);
    expect(new Set(sent.map((e) => e.toEmail)).size).toBe(12);
    const reminded = await db.select().from(attendees).where(eq(attendees.meetingId, meeting.id));
    expect(reminded.every((r) => r.remindedAt !== null)).toBe(true);

    // And a third run later finds nothing.
    expect((await sendDueReminders(db, { now: new Date(now.getTime() + 3600_000) })).claimed).toBe(0);
  });

  it('reminds the new holder of a seat that passed to another person, once', async () => {
    const startsAt = freshStart();
    const meeting = await makeMeeting({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), reminderDaysBefore: 2 });
    const reg = await makeRegistration({ meetingId: meeting.id });
    const seat = await addColleague(reg.id, meeting.id, 'Første Person', 'foerste.person@example.test');
    const db = await getDb();
    const now = new Date(startsAt.getTime() - day);
    expect((await sendDueReminders(db, { now })).claimed).toBe(2);
    // The registrant names someone else for the seat: a new ticket, and the reminder still owed.
    await db.update(attendees).set({ name: 'Anden Person', email: 'anden.person@example.test', ticketVersion: 2, remindedAt: null }).where(eq(attendees.id, seat.id));
    const again = await sendDueReminders(db, { now: new Date(now.getTime() + 3600_000) });
    expect(again).toMatchObject({ claimed: 1, queued: 1 });
    expect((await remindersFor(meeting.id)).map((e) => e.toEmail).sort()).toEqual(expect.arrayContaining(['anden.person@example.test', 'foerste.person@example.test']));
  });
});

describe('the reminder email', () => {
  it('holds the time, place, meeting link, calendar links, the .ics and a release link for this seat', async () => {
    const startsAt = freshStart();
    const meeting = await makeMeeting({
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
      reminderDaysBefore: 2,
      title: 'Erhvervsforum om grøn omstilling',
      place: 'Byrådssalen',
      address: 'Nordmarks Allé 1, 2620 Albertslund',
    });
    const user = await makeUser('company', { name: 'Anne Hansen', locale: 'da' });
    const reg = await makeRegistration({ meetingId: meeting.id, userId: user.id });
    const colleague = await addColleague(reg.id, meeting.id, 'Per Kollega', 'per.kollega@example.test');
    const db = await getDb();
    await sendDueReminders(db, { now: new Date(startsAt.getTime() - day) });

    const sent = await remindersFor(meeting.id);
    const mine = sent.find((e) => e.toEmail === user.email)!;
    expect(mine.subject).toContain('Påmindelse: Erhvervsforum om grøn omstilling');
    expect(mine.html).toContain('Byrådssalen, Nordmarks Allé 1, 2620 Albertslund');
    expect(mine.html).toContain(`/meetings/${meeting.slug}`);
    expect(mine.html).toContain('Tilføj til Google Kalender');
    expect(mine.html).toContain('https://calendar.google.com/calendar/render?');
    expect(mine.html).toContain('Tilføj til Outlook');
    expect(mine.html).toContain('https://outlook.office.com/calendar/');
    expect(mine.html).toContain('Jeg kan ikke komme – frigiv min plads');
    expect(mine.html).not.toMatch(/afmeld nyhedsbrev|unsubscribe/i);
    expect(mine.attachments?.[0]?.filename).toMatch(/\.ics$/);
    expect(Buffer.from(mine.attachments![0].content, 'base64').toString('utf8')).toContain('BEGIN:VEVENT');
    expect(mine.priority).toBe(1);

    // The release link names this seat (and only it), on the Danish page.
    const link = mine.html.match(/href="([^"]*\/release-seat\?code=[^"]+)"/)![1].replace(/&amp;/g, '&');
    const url = new URL(link);
    expect(url.pathname).toBe('/release-seat');
    const [registrant] = await attendeesOf(reg.id);
    expect(readReleaseCode(url.searchParams.get('code'))).toEqual({ id: registrant.id, ticketVersion: 1 });

    // The colleague's own reminder: their own release link, in the registrant's language.
    const theirs = sent.find((e) => e.toEmail === 'per.kollega@example.test')!;
    const theirLink = new URL(theirs.html.match(/href="([^"]*\/release-seat\?code=[^"]+)"/)![1].replace(/&amp;/g, '&'));
    expect(readReleaseCode(theirLink.searchParams.get('code'))).toEqual({ id: colleague.id, ticketVersion: 1 });
    expect(theirs.html).toContain('Hej Per Kollega');
  });

  it('is written in English for a registrant who reads English, and their colleagues', async () => {
    const startsAt = freshStart();
    const meeting = await makeMeeting({ startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3600_000), reminderDaysBefore: 2 });
    const user = await makeUser('company', { locale: 'en' });
    const reg = await makeRegistration({ meetingId: meeting.id, userId: user.id });
    await addColleague(reg.id, meeting.id, 'Sam Colleague', 'sam.colleague@example.test');
    const db = await getDb();
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, user.id));
    await sendDueReminders(db, { now: new Date(startsAt.getTime() - day) });
    const sent = await remindersFor(meeting.id);
    expect(sent).toHaveLength(2);
    for (const email of sent) {
      expect(email.subject).toMatch(/^Reminder: /);
      expect(email.html).toContain('Add to Google Calendar');
      expect(email.html).toContain('/en/release-seat?code=');
    }
  });
});
