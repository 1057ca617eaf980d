// Every count, sum and status a page shows, compared with the rows behind it. Each meeting gets
// known rows — registrations with 0, 2 and 1 colleagues, one cancelled (5 colleagues), one
// waitlisted (1 colleague), 4 agenda items — and a second meeting with rows of its own, so a
// count that compares a table with itself (or leaks between meetings) shows up as a wrong number.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { agendaItems, agendaItemSpeakers, attendees, followups, registrations, themeSupports } from '@/db/schema';
import { readNextMeetingReadiness } from '@/lib/admin/queries';
import { readMeetingStatistics } from '@/lib/council/queries';
import { readMeetingFacts, readFollowupsDue } from '@/lib/followups/queries';
import { readMeetingsForAdmin, readMeetingPage, readPublicMeetings } from '@/lib/meetings/queries';
import { meetingPhase } from '@/lib/meetings/meeting-phase';
import { readRegistrationsForAdminPage, readRegistrationSummary, readRegistrationState, readSeatCounts } from '@/lib/registrations/queries';
import { seatsLeft } from '@/lib/registrations/rules';
import { readSpeakers } from '@/lib/speakers/queries';
import { readThemesForAdminPage } from '@/lib/themes/queries';
import { makeAgendaItem, makeRegistration, makeSpeaker, makeSupport } from '../../support/fixtures-admin';
import { makeCompany, makeMeeting, makeTheme } from '../../support/fixtures';

type Status = (typeof registrations.$inferSelect)['status'];

/** What the rows say, counted in code: the yardstick every query is held to. */
async function fromRows(meetingId: string) {
  const db = await getDb();
  const rows = await db.select().from(registrations).where(eq(registrations.meetingId, meetingId));
  const items = await db.select().from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  const seats = (statuses: Status[]) => rows.filter((r) => statuses.includes(r.status)).reduce((n, r) => n + 1 + r.colleagues, 0);
  return {
    seatsTaken: seats(['registered', 'attended']),
    // People checked in (each attendee), which the trigger keeps in registrations.present.
    present: rows.filter((r) => r.status === 'attended').reduce((n, r) => n + r.present, 0),
    waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
    registrations: rows.filter((r) => r.status === 'registered' || r.status === 'attended').length,
    companies: new Set(rows.filter((r) => r.status === 'registered' || r.status === 'attended').map((r) => r.companyId)).size,
    rows: rows.length,
    agendaItems: items.length,
  };
}

/** The scenario of the issue: 0/2/1 colleagues, one cancelled, one waitlisted, 4 agenda items. */
async function meetingWithKnownRows(overrides: Parameters<typeof makeMeeting>[0] = {}) {
  const meeting = await makeMeeting({ capacity: 60, ...overrides });
  for (const colleagues of [0, 2, 1]) await makeRegistration({ meetingId: meeting.id, colleagues, status: 'registered' });
  await makeRegistration({ meetingId: meeting.id, colleagues: 5, status: 'cancelled', cancelledAt: new Date() });
  await makeRegistration({ meetingId: meeting.id, colleagues: 1, status: 'waitlisted', waitlistedAt: new Date() });
  for (const position of [0, 1, 2, 3]) await makeAgendaItem({ meetingId: meeting.id, position });
  return meeting;
}

/** A neighbour with different numbers (1 seat of 2 colleagues + 1 agenda item), to catch leaks. */
async function neighbour() {
  const meeting = await makeMeeting({ capacity: 10, startsAt: new Date(Date.now() + 40 * 24 * 3600_000) });
  await makeRegistration({ meetingId: meeting.id, colleagues: 2, status: 'registered' });
  await makeAgendaItem({ meetingId: meeting.id, position: 0 });
  return meeting;
}

describe('numbers on the pages equal the rows behind them', () => {
  it('admin meetings list: seats, waitlist and agenda items per meeting', async () => {
    const db = await getDb();
    const meeting = await meetingWithKnownRows();
    const other = await neighbour();
    const empty = await makeMeeting({ capacity: 20 });
    const list = await readMeetingsForAdmin(db);
    const row = list.find((m) => m.id === meeting.id)!;
    expect(row).toMatchObject({ seatsTaken: 6, waitlisted: 1, agendaItems: 4 });
    const expected = await fromRows(meeting.id);
    expect(row).toMatchObject({ seatsTaken: expected.seatsTaken, waitlisted: expected.waitlisted, agendaItems: expected.agendaItems });
    expect(list.find((m) => m.id === other.id)).toMatchObject({ seatsTaken: 3, waitlisted: 0, agendaItems: 1 });
    expect(list.find((m) => m.id === empty.id)).toMatchObject({ seatsTaken: 0, waitlisted: 0, agendaItems: 0 });
    for (const m of list) {
      const truth = await fromRows(m.id);
      expect({ seatsTaken: m.seatsTaken, waitlisted: m.waitlisted, agendaItems: m.agendaItems }).toEqual({
        seatsTaken: truth.seatsTaken,
        waitlisted: truth.waitlisted,
        agendaItems: truth.agendaItems,
      });
    }
  });

  it('admin dashboard: the next meeting’s seats, waitlist and agenda', async () => {
    const db = await getDb();
    const meeting = await meetingWithKnownRows({ startsAt: new Date(Date.now() + 3600_000) });
    await neighbour();
    const readiness = await readNextMeetingReadiness(db);
    expect(readiness!.meeting.id).toBe(meeting.id);
    const expected = await fromRows(meeting.id);
    expect(readiness!.seats).toEqual({ taken: expected.seatsTaken, waitlisted: expected.waitlisted, capacity: 60 });
    expect(readiness!.agenda.items).toBe(expected.agendaItems);
    expect(readiness!.seats.taken).toBe(6);
  });

  it('admin meeting page and registrations page: summary, and the list total', async () => {
    const db = await getDb();
    const meeting = await meetingWithKnownRows();
    await neighbour();
    // Attendance taken for one party of 1 + 2.
    const [party] = await db.select().from(registrations).where(eq(registrations.meetingId, meeting.id)).then((rows) => rows.filter((r) => r.colleagues === 2));
    await db.update(registrations).set({ status: 'attended', attendedAt: new Date() }).where(eq(registrations.id, party.id));
    await db.update(attendees).set({ checkedInAt: new Date() }).where(eq(attendees.registrationId, party.id));
    const expected = await fromRows(meeting.id);
    const summary = await readRegistrationSummary(db, meeting.id);
    expect(summary).toEqual({
      seatsTaken: expected.seatsTaken,
      waitlisted: expected.waitlisted,
      attended: expected.present,
      registrations: expected.registrations,
    });
    expect(summary).toEqual({ seatsTaken: 6, waitlisted: 1, attended: 3, registrations: 3 });
    const page = await readRegistrationsForAdminPage(db, meeting.id, undefined, { limit: 2, offset: 0 });
    expect(page.total).toBe(expected.rows);
    expect(page.rows).toHaveLength(2);
  });

  it('public meeting page and /meetings: seats taken, seats left and the waitlist', async () => {
    const db = await getDb();
    const meeting = await meetingWithKnownRows();
    const other = await neighbour();
    const expected = await fromRows(meeting.id);
    const page = await readMeetingPage(db, meeting.slug);
    expect(page).toMatchObject({ seatsTaken: expected.seatsTaken, waiting: expected.waitlisted });
    expect(page!.agenda).toHaveLength(expected.agendaItems);
    expect(seatsLeft(page!.capacity, page!.seatsTaken)).toBe(60 - 6);
    const list = await readPublicMeetings(db);
    expect(list.find((m) => m.id === meeting.id)).toMatchObject({ seatsTaken: 6, waiting: 1 });
    expect(list.find((m) => m.id === other.id)).toMatchObject({ seatsTaken: 3, waiting: 0 });
    const counts = await readSeatCounts(db, [meeting.id, other.id]);
    expect(counts.get(meeting.id)).toEqual({ taken: 6, waiting: 1 });
    const state = await readRegistrationState(db, meeting.id, null);
    expect(state!.seats).toEqual({ taken: 6, waiting: 1 });
  });

  it('council statistics and follow-up facts: participants (with colleagues) and companies of a held meeting', async () => {
    const db = await getDb();
    const held = await meetingWithKnownRows({ startsAt: new Date(Date.now() - 5 * 24 * 3600_000) });
    await neighbour();
    const expected = await fromRows(held.id);
    const statistics = await readMeetingStatistics(db);
    expect(statistics.meetings.find((m) => m.id === held.id)).toMatchObject({
      attendanceTaken: false,
      participants: expected.seatsTaken,
      companies: expected.companies,
    });
    const facts = await readMeetingFacts(db, held);
    expect(facts).toMatchObject({ participants: 6, companies: 3, attendanceTaken: false });
    expect(facts.agenda).toHaveLength(4);

    // Once attendance is taken, only those checked in count: one party of 1 + 1, both checked in.
    const [one] = (await db.select().from(registrations).where(eq(registrations.meetingId, held.id))).filter((r) => r.colleagues === 1 && r.status === 'registered');
    await db.update(registrations).set({ status: 'attended', attendedAt: held.startsAt }).where(eq(registrations.id, one.id));
    await db.update(attendees).set({ checkedInAt: held.startsAt }).where(eq(attendees.registrationId, one.id));
    const after = await fromRows(held.id);
    expect((await readMeetingStatistics(db)).meetings.find((m) => m.id === held.id)).toMatchObject({
      attendanceTaken: true,
      participants: after.present,
      companies: 1,
    });
    expect(await readMeetingFacts(db, held)).toMatchObject({ participants: 2, companies: 1, attendanceTaken: true });
  });

  it('follow-ups still due: how many of the three are dispatched', async () => {
    const db = await getDb();
    const held = await makeMeeting({ startsAt: new Date(Date.now() - 10 * 24 * 3600_000) });
    await db.insert(followups).values([
      { meetingId: held.id, kind: 'briefing', status: 'dispatched', dispatchedAt: new Date() },
      { meetingId: held.id, kind: 'participant_email', status: 'draft' },
    ]);
    const due = await readFollowupsDue(db);
    expect(due.find((m) => m.id === held.id)?.dispatched).toEqual(['briefing']);
    // Held is one rule (published and started): a meeting under way is due, an upcoming one not.
    const underWay = await makeMeeting({ startsAt: new Date(Date.now() - 3600_000), endsAt: new Date(Date.now() + 3600_000) });
    const upcoming = await makeMeeting();
    const dueNow = (await readFollowupsDue(db)).map((m) => m.id);
    expect(dueNow).toContain(underWay.id);
    expect(dueNow).not.toContain(upcoming.id);
    expect(meetingPhase(underWay)).toBe('held');
  });

  it('speaker directory and theme lists: appearances and supports', async () => {
    const db = await getDb();
    const meeting = await makeMeeting();
    const [busy, idle] = [await makeSpeaker({ name: 'Aase Travl' }), await makeSpeaker({ name: 'Bent Ledig' })];
    for (const position of [0, 1]) {
      const item = await makeAgendaItem({ meetingId: meeting.id, position });
      await db.insert(agendaItemSpeakers).values({ agendaItemId: item.id, speakerId: busy.id });
    }
    const speakers = await readSpeakers(db);
    expect(speakers.find((s) => s.id === busy.id)?.appearances).toBe(2);
    expect(speakers.find((s) => s.id === idle.id)?.appearances).toBe(0);

    const [popular, lonely] = [await makeTheme({ status: 'accepted' }), await makeTheme({ status: 'accepted' })];
    for (let i = 0; i < 3; i++) await makeSupport(popular.id, (await makeCompany()).id);
    const supportRows = await db.select().from(themeSupports).where(eq(themeSupports.themeId, popular.id));
    const { themes } = await readThemesForAdminPage(db, {}, { limit: 100 });
    expect(themes.find((t) => t.id === popular.id)?.supports).toBe(supportRows.length);
    expect(themes.find((t) => t.id === lonely.id)?.supports).toBe(0);
  });
});
