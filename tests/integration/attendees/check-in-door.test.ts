// The door: a ticket checks its holder in once (also from two phones at the same moment), and a
// forged, old, given-up or other meeting's ticket is refused; people are found by name or company;
// a walk-in is one more person, in at once; nothing opens before the meeting's day.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attendees, auditLog, registrations } from '@/db/schema';
import { addWalkIn } from '@/lib/attendees/add-walk-in';
import { checkInAttendee } from '@/lib/attendees/check-in';
import { checkInByTicket } from '@/lib/attendees/check-in-by-ticket';
import { findCheckInPeople, readCheckInCount } from '@/lib/attendees/check-in-queries';
import { ticketCode } from '@/lib/attendees/ticket-code';
import { readOwnPartyTickets, readOwnTicket } from '@/lib/attendees/ticket-queries';
import { makeCompany, makeMeeting, makeUser } from '../../support/fixtures';
import { makeAdmin, makeRegistration } from '../../support/fixtures-admin';

type Admin = Awaited<ReturnType<typeof makeAdmin>>;

async function partyOf(registrationId: string) {
  const db = await getDb();
  return db.select().from(attendees).where(eq(attendees.registrationId, registrationId)).orderBy(attendees.position);
}

async function registrationRow(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
  return row;
}

/** A meeting starting in two hours, and "now" at its start: the door is open, whatever the clock says. */
async function meetingToday(overrides: Parameters<typeof makeMeeting>[0] = {}) {
  const meeting = await makeMeeting({ startsAt: new Date(Date.now() + 2 * 3600_000), ...overrides });
  return { meeting, now: meeting.startsAt };
}

describe('check-in at the door', () => {
  let admin: Admin;
  beforeAll(async () => {
    admin = await makeAdmin();
  });

  it('checks a ticket in once and says when at the second scan', async () => {
    const db = await getDb();
    const { meeting, now } = await meetingToday();
    const reg = await makeRegistration({ meetingId: meeting.id, colleagues: 1 });
    const [registrant] = await partyOf(reg.id);
    const first = await checkInByTicket(db, admin, { meetingId: meeting.id, code: ticketCode(registrant) }, { now });
    expect(first.outcome).toBe('checked-in');
    const second = await checkInByTicket(db, admin, { meetingId: meeting.id, code: ticketCode(registrant) }, { now: new Date(now.getTime() + 60_000) });
    expect(second).toMatchObject({ outcome: 'already', at: now });
    expect(await registrationRow(reg.id)).toMatchObject({ status: 'attended', present: 1, colleagues: 1 });
    expect(await readCheckInCount(db, meeting.id)).toEqual({ checkedIn: 1, expected: 2 });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, registrant.id), eq(auditLog.action, 'attendee.check-in')));
    expect(audit).toHaveLength(1);
  });

  it('refuses a forged code, an old ticket version, a given-up seat and another meeting\'s ticket', async () => {
    const db = await getDb();
    const { meeting, now } = await meetingToday();
    const { meeting: other } = await meetingToday();
    const reg = await makeRegistration({ meetingId: meeting.id, colleagues: 2 });
    const [registrant, colleague, leaving] = await partyOf(reg.id);
    const otherReg = await makeRegistration({ meetingId: other.id });
    const [otherPerson] = await partyOf(otherReg.id);

    const valid = ticketCode(registrant);
    const forged = `${valid.slice(0, -2)}${valid.endsWith('AA') ? 'BB' : 'AA'}`;
    // The seat passed to someone else: the old ticket (version 1) is void.
    const oldTicket = ticketCode(colleague);
    await db.update(attendees).set({ name: 'Ny Person', ticketVersion: colleague.ticketVersion + 1 }).where(eq(attendees.id, colleague.id));
    await db.update(attendees).set({ cancelledAt: now }).where(eq(attendees.id, leaving.id));

    for (const code of [forged, 'not-a-ticket', oldTicket, ticketCode(leaving), ticketCode(otherPerson)]) {
      expect(await checkInByTicket(db, admin, { meetingId: meeting.id, code }, { now })).toEqual({ outcome: 'invalid' });
    }
    expect(await readCheckInCount(db, meeting.id)).toEqual({ checkedIn: 0, expected: 2 });
    // The new ticket of the passed-on seat works.
    const renewed = await checkInByTicket(db, admin, { meetingId: meeting.id, code: ticketCode({ id: colleague.id, ticketVersion: colleague.ticketVersion + 1 }) }, { now });
    expect(renewed.outcome).toBe('checked-in');
  });

  it('refuses the tickets of a cancelled registration, by scan and by tap', async () => {
    const db = await getDb();
    const { meeting, now } = await meetingToday();
    const reg = await makeRegistration({ meetingId: meeting.id, colleagues: 1 });
    const [registrant, colleague] = await partyOf(reg.id);
    // Cancelling keeps the attendee rows as they were; the party as a whole gave up its seats.
    await db.update(registrations).set({ status: 'cancelled', cancelledAt: now }).where(eq(registrations.id, reg.id));
    for (const person of [registrant, colleague]) {
      expect(await checkInByTicket(db, admin, { meetingId: meeting.id, code: ticketCode(person) }, { now })).toEqual({ outcome: 'invalid' });
      await expect(checkInAttendee(db, admin, { meetingId: meeting.id, attendeeId: person.id, via: 'list' }, { now })).rejects.toThrow('seatCancelled');
    }
    expect((await partyOf(reg.id)).every((a) => a.checkedInAt === null)).toBe(true);
    expect(await registrationRow(reg.id)).toMatchObject({ status: 'cancelled', present: 0 });
  });

  it('checks one person in once when two phones scan the same ticket at the same moment', async () => {
    const db = await getDb();
    const { meeting, now } = await meetingToday();
    const reg = await makeRegistration({ meetingId: meeting.id, colleagues: 1 });
    const [registrant] = await partyOf(reg.id);
    const code = ticketCode(registrant);
    const results = await Promise.all([
      checkInByTicket(db, admin, { meetingId: meeting.id, code }, { now }),
      checkInByTicket(db, admin, { meetingId: meeting.id, code }, { now }),
      checkInAttendee(db, admin, { meetingId: meeting.id, attendeeId: registrant.id, via: 'search' }, { now }),
    ]);
    expect(results.map((r) => r.outcome).sort()).toEqual(['already', 'already', 'checked-in']);
    expect(await registrationRow(reg.id)).toMatchObject({ present: 1, status: 'attended' });
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.entityId, registrant.id), eq(auditLog.action, 'attendee.check-in')));
    expect(audit).toHaveLength(1);
  });

  it('refuses check-in before the meeting\'s day and for a draft meeting', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ startsAt: new Date(Date.now() + 3 * 24 * 3600_000) });
    const reg = await makeRegistration({ meetingId: meeting.id });
    const [registrant] = await partyOf(reg.id);
    await expect(checkInByTicket(db, admin, { meetingId: meeting.id, code: ticketCode(registrant) })).rejects.toMatchObject({ key: 'attendanceNotOpen' });
    await expect(checkInAttendee(db, admin, { meetingId: meeting.id, attendeeId: registrant.id, via: 'search' })).rejects.toMatchObject({ key: 'attendanceNotOpen' });
    await expect(addWalkIn(db, admin, { meetingId: meeting.id, name: 'For tidligt', company: null })).rejects.toMatchObject({ key: 'attendanceNotOpen' });
    expect((await registrationRow(reg.id)).present).toBe(0);

    const { meeting: draft, now } = await meetingToday({ status: 'draft' });
    await expect(addWalkIn(db, admin, { meetingId: draft.id, name: 'Kladde', company: null }, { now })).rejects.toMatchObject({ key: 'notFound' });
  });

  it('adds a walk-in as one more person, checked in at once, even when the meeting is full', async () => {
    const db = await getDb();
    const { meeting, now } = await meetingToday({ capacity: 1 });
    await makeRegistration({ meetingId: meeting.id });
    const company = await makeCompany({ name: `Dørens Bageri ${Date.now()}` });
    const known = await addWalkIn(db, admin, { meetingId: meeting.id, name: '  Walk In  ', company: company.name.toUpperCase() }, { now });
    expect(known.attendee).toMatchObject({ name: 'Walk In', walkIn: true, isRegistrant: true, userId: null, checkedInAt: now });
    const [knownReg] = await db.select().from(registrations).where(eq(registrations.id, known.attendee.registrationId));
    expect(knownReg).toMatchObject({ userId: null, companyId: company.id, note: null, status: 'attended', colleagues: 0, present: 1 });

    const typed = await addWalkIn(db, admin, { meetingId: meeting.id, name: 'Anden Gæst', company: 'Ukendt Firma' }, { now });
    expect(await readCheckInCount(db, meeting.id)).toEqual({ checkedIn: 2, expected: 3 });
    const [found] = await findCheckInPeople(db, meeting.id, 'ukendt');
    expect(found).toMatchObject({ id: typed.attendee.id, company: 'Ukendt Firma', walkIn: true });
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, typed.attendee.id));
    expect(audit.map((a) => a.action).sort()).toEqual(['attendee.check-in', 'attendee.walk-in']);
  });

  it('finds people by part of a name or company, from two letters, never given-up seats or other meetings', async () => {
    const db = await getDb();
    const { meeting, now } = await meetingToday();
    const company = await makeCompany({ name: `Hvidovre Rør ${Date.now()}` });
    const person = await makeUser('company', { name: 'Karen Skov', companyId: company.id });
    const reg = await makeRegistration({ meetingId: meeting.id, userId: person.id, companyId: company.id, colleagues: 1 });
    const [, colleague] = await partyOf(reg.id);
    await db.update(attendees).set({ name: 'Bo 100%_Jensen' }).where(eq(attendees.id, colleague.id));
    const { meeting: other } = await meetingToday();
    await makeRegistration({ meetingId: other.id, userId: (await makeUser('company', { name: 'Karen Anden' })).id });

    expect((await findCheckInPeople(db, meeting.id, 'karen')).map((p) => p.name)).toEqual(['Karen Skov']);
    expect((await findCheckInPeople(db, meeting.id, 'hvidovre rør')).map((p) => p.name).sort()).toEqual(['Bo 100%_Jensen', 'Karen Skov']);
    // LIKE's wildcards are letters here.
    expect((await findCheckInPeople(db, meeting.id, '%_')).map((p) => p.name)).toEqual(['Bo 100%_Jensen']);
    expect(await findCheckInPeople(db, meeting.id, 'k')).toEqual([]);
    await db.update(attendees).set({ cancelledAt: now }).where(eq(attendees.id, colleague.id));
    expect((await findCheckInPeople(db, meeting.id, 'jensen'))).toEqual([]);
  });
});

describe('portal tickets', () => {
  it('shows a registrant their party\'s tickets and another company nothing', async () => {
    const db = await getDb();
    const { meeting } = await meetingToday();
    const owner = await makeUser('company');
    const stranger = await makeUser('company');
    const reg = await makeRegistration({ meetingId: meeting.id, userId: owner.id, companyId: owner.companyId, colleagues: 1 });
    const [, colleague] = await partyOf(reg.id);
    expect(await readOwnTicket(db, owner.id, colleague.id)).toMatchObject({ id: colleague.id, meetingTitle: meeting.title });
    expect(await readOwnTicket(db, stranger.id, colleague.id)).toBeNull();
    expect(await readOwnPartyTickets(db, stranger.id, [reg.id])).toEqual([]);
    expect(await readOwnPartyTickets(db, owner.id, [reg.id])).toHaveLength(2);
    await db.update(attendees).set({ cancelledAt: new Date() }).where(eq(attendees.id, colleague.id));
    expect(await readOwnTicket(db, owner.id, colleague.id)).toBeNull();
  });
});
