// Named attendees: a party takes one seat per person, grows and shrinks until the meeting, and
// only its registrant may change it. A new name or email voids the old ticket; a colleague with an
// email address gets their own confirmation (ticket QR, calendar, release link); deleting the
// registrant's account blanks the names of their party.
import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { readRegistrationState } from '@/lib/registrations/queries';
import { attendees, registrations } from '@/db/schema';
import { deleteMyAccount } from '@/lib/account/delete-my-account';
import { exportMyData } from '@/lib/account/export-my-data';
import { addColleague } from '@/lib/attendees/add-colleague';
import { attendeeForTicket } from '@/lib/attendees/check-in';
import { readMyParty } from '@/lib/attendees/party-queries';
import { colleagueRowsFrom } from '@/lib/attendees/party-schema';
import { removeColleague } from '@/lib/attendees/remove-colleague';
import { ticketCode } from '@/lib/attendees/ticket-code';
import { updatePartyMember } from '@/lib/attendees/update-party-member';
import { cancelRegistration } from '@/lib/registrations/cancel-registration';
import { registerForMeeting } from '@/lib/registrations/register-for-meeting';
import { seatsTaken } from '@/lib/registrations/seats';
import { makeForumSettings, makeMeeting } from '../../support/fixtures';
import { emailsTo, makeCompanyPeople, registrationsOf } from '../../support/fixtures-registrations';

type Person = { id: string; email: string; companyId: string | null };
const row = (name: string, email: string | null = null, note: string | null = null) => ({ name, email, note });

async function register(person: Person, meetingId: string, colleagues: ReturnType<typeof row>[] | number = [], note: string | null = null) {
  return registerForMeeting(await getDb(), person, { meetingId, colleagues, note });
}

async function partyOf(registrationId: string) {
  const db = await getDb();
  return db.select().from(attendees).where(eq(attendees.registrationId, registrationId)).orderBy(asc(attendees.position));
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { key?: string }).key ?? String(error);
  }
  return 'no refusal';
}

const taken = async (meetingId: string) => (await getDb()).transaction((tx) => seatsTaken(tx, meetingId));

describe('named attendees in a party', () => {
  beforeAll(async () => {
    await makeForumSettings();
  });

  it('a party of 3 takes 3 seats, by name; the third party that does not fit waits', async () => {
    const meeting = await makeMeeting({ capacity: 7 });
    const [a, b, c] = await makeCompanyPeople(3, 'party3');
    const first = await register(a, meeting.id, [row('Mette Kjær', 'mette@firma.test', 'Vegetar'), row('Jonas Holm')], 'Glutenfri');
    expect(first).toMatchObject({ status: 'registered', colleagues: 2 });
    expect(await taken(meeting.id)).toBe(3);
    const people = await partyOf(first.id);
    expect(people.map((p) => [p.isRegistrant, p.name, p.email, p.note])).toEqual([
      [true, 'party3 0', a.email, 'Glutenfri'],
      [false, 'Mette Kjær', 'mette@firma.test', 'Vegetar'],
      [false, 'Jonas Holm', null, null],
    ]);
    expect((await register(b, meeting.id, [row('Line Dahl'), row('Anders Bach')])).status).toBe('registered');
    expect(await taken(meeting.id)).toBe(6);
    // Two more do not fit in the one seat left: the whole party waits.
    const third = await register(c, meeting.id, [row('Sofie Lind')]);
    expect(third.status).toBe('waitlisted');
    expect(await taken(meeting.id)).toBe(6);
  });

  it('reads the colleague rows of a form, refusing a row next to its field and skipping empty rows', () => {
    const form = new FormData();
    for (const [name, email, note] of [['Mette', '', ''], ['', '', ''], ['', 'not-an-address', 'x']]) {
      form.append('colleagueName', name);
      form.append('colleagueEmail', email);
      form.append('colleagueNote', note);
    }
    let fieldErrors: Record<string, unknown> | undefined;
    try {
      colleagueRowsFrom(form);
    } catch (error) {
      fieldErrors = (error as { fieldErrors?: Record<string, unknown> }).fieldErrors;
    }
    expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(['colleagueEmail.2', 'colleagueName.2']);
    const ok = new FormData();
    ok.append('colleagueName', ' Mette ');
    ok.append('colleagueEmail', 'Mette@Firma.test');
    ok.append('colleagueNote', '');
    expect(colleagueRowsFrom(ok)).toEqual([{ name: 'Mette', email: 'mette@firma.test', note: null }]);
  });

  it('queues the colleague’s own confirmation with their ticket QR, calendar links and release link', async () => {
    const meeting = await makeMeeting({ capacity: 10, title: 'Billetmøde' });
    const [a] = await makeCompanyPeople(1, 'tickets');
    const registration = await register(a, meeting.id, [row('Ida Vest', 'ida@firma.test')]);
    const [ida] = (await partyOf(registration.id)).filter((p) => !p.isRegistrant);
    const [email] = await emailsTo('ida@firma.test');
    expect(email).toMatchObject({ kind: 'attendee-confirmed', subject: 'Du er tilmeldt: Billetmøde' });
    expect(email.idempotencyKey).toBe(`attendee-confirmed:${ida.id}:1`);
    expect(email.html).toContain(`/api/tickets/qr?code=${encodeURIComponent(ticketCode(ida))}`);
    expect(email.html).toMatch(/<img alt="QR-kode: billet for Ida Vest" height="200" src="[^"]+" [^>]*width="200"/);
    expect(email.html).toContain('/release-seat?code=');
    expect(email.html).toContain('calendar.google.com');
    expect(email.html).toContain('outlook.office.com');
    expect(email.attachments).toHaveLength(1);
    // The registrant's confirmation names the party and carries their own ticket.
    const [own] = await emailsTo(a.email);
    expect(own.kind).toBe('registration-confirmed');
    expect(own.text).toContain('Ida Vest');
    expect(own.html).toContain('/api/tickets/qr?code=');
    expect(own.html).toContain('calendar.google.com');
  });

  it('sends a waiting party’s colleagues their tickets only when the party moves up', async () => {
    const meeting = await makeMeeting({ capacity: 2 });
    const [a, b] = await makeCompanyPeople(2, 'later');
    await register(a, meeting.id, [row('Kasper Mø')]);
    const waiting = await register(b, meeting.id, [row('Camilla Juhl', 'camilla@firma.test')]);
    expect(waiting.status).toBe('waitlisted');
    expect(await emailsTo('camilla@firma.test')).toHaveLength(0);
    // A's colleague is removed: one seat frees, B's party of 2 still does not fit.
    const [kasper] = (await partyOf((await registrationsOf(meeting.id))[0].id)).filter((p) => !p.isRegistrant);
    await removeColleague(await getDb(), a, { registrationId: kasper.registrationId, attendeeId: kasper.id, confirmed: 'yes' });
    expect(await emailsTo('camilla@firma.test')).toHaveLength(0);
    // A cancels: B's whole party moves up, and Camilla gets her ticket.
    await cancelRegistration(await getDb(), a, { meetingId: meeting.id });
    expect((await registrationsOf(meeting.id)).find((r) => r.id === waiting.id)?.status).toBe('registered');
    expect((await emailsTo('camilla@firma.test')).map((e) => e.kind)).toEqual(['attendee-confirmed']);
  });

  it('refuses a colleague for a full meeting; removing one moves the waitlist up and emails it', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 3 });
    const [a, b] = await makeCompanyPeople(2, 'full');
    const party = await register(a, meeting.id, [row('Rasmus Krogh', 'rasmus@firma.test'), row('Nikolaj Brandt')]);
    const waiting = await register(b, meeting.id, [], null);
    expect(waiting.status).toBe('waitlisted');
    expect(await refusal(addColleague(db, a, { registrationId: party.id, name: 'Louise Skov', email: null, note: null }))).toBe('noSeatForColleague');
    expect((await partyOf(party.id)).length).toBe(3);

    const rasmus = (await partyOf(party.id)).find((p) => p.name === 'Rasmus Krogh')!;
    const result = await removeColleague(db, a, { registrationId: party.id, attendeeId: rasmus.id, confirmed: 'yes' });
    expect(result.promotedRegistrationIds).toEqual([waiting.id]);
    const rows = await registrationsOf(meeting.id);
    expect(rows.find((r) => r.id === party.id)).toMatchObject({ status: 'registered', colleagues: 1 });
    expect(rows.find((r) => r.id === waiting.id)).toMatchObject({ status: 'registered' });
    expect(await taken(meeting.id)).toBe(3);
    expect((await emailsTo(b.email)).map((e) => e.kind)).toContain('registration-promoted');
    expect((await emailsTo('rasmus@firma.test')).map((e) => e.kind)).toEqual(['attendee-confirmed', 'attendee-removed']);
    // The removed colleague's ticket is void.
    expect(await attendeeForTicket(db, meeting.id, ticketCode(rasmus))).toBeNull();
  });

  it('tells colleagues with a ticket when the registrant cancels the whole registration', async () => {
    const meeting = await makeMeeting({ capacity: 10 });
    const [a] = await makeCompanyPeople(1, 'cancels');
    await register(a, meeting.id, [row('Frederik Lund', 'frederik@firma.test'), row('Uden Adresse')]);
    await cancelRegistration(await getDb(), a, { meetingId: meeting.id });
    expect((await emailsTo('frederik@firma.test')).map((e) => e.kind)).toEqual(['attendee-confirmed', 'attendee-removed']);
  });

  it('lets a waiting party grow while it still fits the room, and not beyond', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 3 });
    const [a, b] = await makeCompanyPeople(2, 'grow');
    await register(a, meeting.id, [row('Emil Fogh'), row('Julie Thyge')]);
    const waiting = await register(b, meeting.id, [row('Mads Over')]);
    expect(waiting.status).toBe('waitlisted');
    await addColleague(db, b, { registrationId: waiting.id, name: 'Sara Winther', email: 'sara@firma.test', note: null });
    expect((await registrationsOf(meeting.id)).find((r) => r.id === waiting.id)).toMatchObject({ status: 'waitlisted', colleagues: 2 });
    // Not confirmed yet: no ticket for Sara while the party waits.
    expect(await emailsTo('sara@firma.test')).toHaveLength(0);
    expect(await refusal(addColleague(db, b, { registrationId: waiting.id, name: 'Frederik Lund', email: null, note: null }))).toBe('partyTooLarge');
  });

  it('lets nobody but the registrant see or change the party', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 10 });
    const [owner, other] = await makeCompanyPeople(2, 'owner');
    const party = await register(owner, meeting.id, [row('Anne Bech', 'anne@firma.test')]);
    const anne = (await partyOf(party.id)).find((p) => !p.isRegistrant)!;
    expect(await readMyParty(db, other.id, party.id)).toBeNull();
    expect((await readMyParty(db, owner.id, party.id))?.people.map((p) => p.name)).toContain('Anne Bech');
    expect(await refusal(addColleague(db, other, { registrationId: party.id, name: 'Indtrænger', email: null, note: null }))).toBe('notFound');
    expect(await refusal(updatePartyMember(db, other, { registrationId: party.id, attendeeId: anne.id, name: 'Kapret', email: 'kapret@ondt.test', note: null }))).toBe('notFound');
    expect(await refusal(removeColleague(db, other, { registrationId: party.id, attendeeId: anne.id, confirmed: 'yes' }))).toBe('notFound');
    // Another party's attendee id under one's own registration is not found either.
    const own = await register(other, meeting.id, []);
    expect(await refusal(removeColleague(db, other, { registrationId: own.id, attendeeId: anne.id, confirmed: 'yes' }))).toBe('notFound');
    expect((await partyOf(party.id)).map((p) => [p.name, p.cancelledAt])).toEqual([
      ['owner 0', null],
      ['Anne Bech', null],
    ]);
  });

  it('raises the ticket version on a new name: the old ticket is refused and the new holder gets theirs', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 10 });
    const [a] = await makeCompanyPeople(1, 'rename');
    const party = await register(a, meeting.id, [row('Thomas Kirk', 'thomas@firma.test')]);
    const before = (await partyOf(party.id)).find((p) => !p.isRegistrant)!;
    const oldCode = ticketCode(before);
    expect((await attendeeForTicket(db, meeting.id, oldCode))?.id).toBe(before.id);

    const { attendee: after } = await updatePartyMember(db, a, { registrationId: party.id, attendeeId: before.id, name: 'Louise Skov', email: 'louise@firma.test', note: 'Kørestol' });
    expect(after.ticketVersion).toBe(before.ticketVersion + 1);
    expect(await attendeeForTicket(db, meeting.id, oldCode)).toBeNull();
    expect((await attendeeForTicket(db, meeting.id, ticketCode(after)))?.id).toBe(before.id);
    expect((await emailsTo('louise@firma.test')).map((e) => [e.kind, e.idempotencyKey])).toEqual([['attendee-confirmed', `attendee-confirmed:${before.id}:2`]]);
    expect((await emailsTo('thomas@firma.test')).map((e) => e.kind)).toEqual(['attendee-confirmed', 'attendee-removed']);

    // A new note only: same ticket, no new email.
    const { attendee: noted } = await updatePartyMember(db, a, { registrationId: party.id, attendeeId: before.id, name: 'Louise Skov', email: 'louise@firma.test', note: 'Kørestol, 1. række' });
    expect(noted.ticketVersion).toBe(after.ticketVersion);
    expect(await emailsTo('louise@firma.test')).toHaveLength(1);
  });

  it('names a migrated, unnamed colleague from the portal', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 10 });
    const [a] = await makeCompanyPeople(1, 'migrated');
    const party = await register(a, meeting.id, 2);
    const unnamed = (await partyOf(party.id)).filter((p) => !p.isRegistrant);
    expect(unnamed.map((p) => p.name)).toEqual(['', '']);
    // The meeting page's panel asks to name them, counting the ones still unnamed.
    expect((await readRegistrationState(db, meeting.id, a.id))?.own?.unnamed).toBe(2);
    await updatePartyMember(db, a, { registrationId: party.id, attendeeId: unnamed[0].id, name: 'Mette Kjær', email: null, note: null });
    expect((await partyOf(party.id)).map((p) => p.name)).toEqual(['migrated 0', 'Mette Kjær', '']);
    expect((await readRegistrationState(db, meeting.id, a.id))?.own?.unnamed).toBe(1);
    expect((await registrationsOf(meeting.id))[0].colleagues).toBe(2);
  });

  it('refuses changes once the meeting has started, and new colleagues after the deadline', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 10, registrationDeadline: new Date(Date.now() + 3600_000) });
    const [a] = await makeCompanyPeople(1, 'late');
    const party = await register(a, meeting.id, [row('Line Dahl')]);
    const line = (await partyOf(party.id)).find((p) => !p.isRegistrant)!;
    const afterDeadline = { now: new Date(Date.now() + 2 * 3600_000) };
    expect(await refusal(addColleague(db, a, { registrationId: party.id, name: 'Sent', email: null, note: null }, afterDeadline))).toBe('deadlinePassed');
    const started = { now: new Date(meeting.startsAt.getTime() + 60_000) };
    expect(await refusal(removeColleague(db, a, { registrationId: party.id, attendeeId: line.id, confirmed: 'yes' }, started))).toBe('meetingPast');
    expect(await refusal(updatePartyMember(db, a, { registrationId: party.id, attendeeId: line.id, name: 'X', email: null, note: null }, started))).toBe('meetingPast');
  });

  it('blanks the names, addresses and notes of the party when the registrant deletes their account; counts stay', async () => {
    const db = await getDb();
    const held = await makeMeeting({ capacity: 10, startsAt: new Date(Date.now() - 7 * 24 * 3600_000) });
    const [a] = await makeCompanyPeople(1, 'leaving');
    // A past registration (inserted directly: registering is closed), then its party named.
    const [past] = await db.insert(registrations).values({ meetingId: held.id, userId: a.id, companyId: a.companyId, colleagues: 0, status: 'attended' }).returning();
    await db.insert(attendees).values({ registrationId: past.id, meetingId: held.id, position: 1, name: 'Mette Kjær', email: 'mette.past@firma.test', note: 'Vegetar' });
    const exported = await exportMyData(db, a.id);
    expect(exported!.registrations[0].attendees.map((p) => p.name)).toEqual(['leaving 0', 'Mette Kjær']);

    await deleteMyAccount(db, a);
    const people = await partyOf(past.id);
    expect(people.map((p) => [p.name, p.email, p.note, p.userId])).toEqual([
      ['', null, null, null],
      ['', null, null, null],
    ]);
    const [kept] = await db.select().from(registrations).where(and(eq(registrations.id, past.id)));
    expect(kept).toMatchObject({ colleagues: 1, status: 'attended', userId: null });
  });
});
