// The secretariat's view of attendees: a person counts once they are checked in (not their whole
// party) in the briefing's facts, the council's statistics and the participant email; the CSV
// has one line per person; removing one person gives their seat to the waitlist; and an
// attendee id from another meeting proves nothing.
import { and, eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attendees, auditLog, emailOutbox, registrations } from '@/db/schema';
import { readAttendeesForCsv, readBadges, readPartyAttendees } from '@/lib/attendees/admin-queries';
import { markAttendeePresent } from '@/lib/attendees/mark-attendee-present';
import { removeAttendee } from '@/lib/attendees/remove-attendee';
import { readMeetingStatistics } from '@/lib/council/queries';
import { dispatchParticipantEmail } from '@/lib/followups/dispatch-participant-email';
import { readFollowupMeeting, readMeetingFacts, readParticipantRecipients } from '@/lib/followups/queries';
import { readRegistrationsForAdminPage, readRegistrationSummary } from '@/lib/registrations/queries';
import { csvColumns, registrationsCsv } from '@/lib/registrations/registrations-csv';
import { setAttendance } from '@/lib/registrations/set-attendance';
import { makeCompany, makeForumSettings, makeMeeting, makeUser } from '../../support/fixtures';
import { makeAdmin, makeRegistration } from '../../support/fixtures-admin';

type NewColleague = { name?: string; email?: string | null; note?: string | null };

/** A registered party: the registrant (by the trigger) and the colleagues named here. */
async function makeParty(meetingId: string, options: { company?: string; registrantName?: string; colleagues?: NewColleague[]; status?: 'registered' | 'waitlisted' } = {}) {
  const db = await getDb();
  const company = await makeCompany({ name: options.company ?? `Firma ${Math.random().toString(36).slice(2, 8)} ApS`, industry: 'Byggeri' });
  const user = await makeUser('company', { companyId: company.id, name: options.registrantName ?? 'Rikke Registrant' });
  const registration = await makeRegistration({ meetingId, userId: user.id, companyId: company.id, colleagues: 0, status: options.status ?? 'registered' });
  const colleagues = (options.colleagues ?? []).map((c, i) => ({
    registrationId: registration.id,
    meetingId,
    position: i + 1,
    name: c.name ?? '',
    email: c.email ?? null,
    note: c.note ?? null,
  }));
  const added = colleagues.length ? await db.insert(attendees).values(colleagues).returning() : [];
  const [registrant] = await db.select().from(attendees).where(and(eq(attendees.registrationId, registration.id), eq(attendees.isRegistrant, true)));
  return { registration, user, company, registrant, colleagues: added };
}

describe("the secretariat's view of attendees", () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    admin = await makeAdmin();
    await makeForumSettings();
  });

  it('counts the two of a party of three who came in the briefing facts, the statistics and the participant email', async () => {
    const db = await getDb();
    const startsAt = new Date(Date.now() - 2 * 24 * 3600_000);
    const meeting = await makeMeeting({ startsAt });
    const party = await makeParty(meeting.id, {
      colleagues: [
        { name: 'Kim Kollega', email: 'kim.kollega@firma.test' },
        { name: 'Ulla Udeblevet', email: 'ulla@firma.test' },
      ],
    });
    await markAttendeePresent(db, admin, { meetingId: meeting.id, attendeeId: party.registrant.id, present: true }, { now: startsAt });
    await markAttendeePresent(db, admin, { meetingId: meeting.id, attendeeId: party.colleagues[0].id, present: true }, { now: startsAt });

    const [registration] = await db.select().from(registrations).where(eq(registrations.id, party.registration.id));
    expect(registration).toMatchObject({ status: 'attended', colleagues: 2, present: 2 });
    expect(await readRegistrationSummary(db, meeting.id)).toMatchObject({ seatsTaken: 3, attended: 2 });

    const facts = await readMeetingFacts(db, (await readFollowupMeeting(db, meeting.id))!);
    expect(facts).toMatchObject({ attendanceTaken: true, participants: 2, companies: 1 });

    const stats = await readMeetingStatistics(db);
    expect(stats.meetings.find((m) => m.id === meeting.id)).toMatchObject({ attendanceTaken: true, participants: 2, companies: 1 });

    const recipients = await readParticipantRecipients(db, meeting.id);
    expect(recipients.map((r) => r.email)).toEqual(['kim.kollega@firma.test', party.user.email.toLowerCase()].sort());
    expect(recipients.find((r) => r.email === 'kim.kollega@firma.test')).toMatchObject({ userId: null, locale: 'da' });

    const { recipients: queued } = await dispatchParticipantEmail(db, admin, { meetingId: meeting.id, title: 'Tak for i går', body: 'Tak.' });
    expect(queued).toBe(2);
    const sent = await db.select({ to: emailOutbox.toEmail }).from(emailOutbox).where(eq(emailOutbox.kind, 'participant-followup'));
    expect(sent.map((s) => s.to)).toContain('kim.kollega@firma.test');
    expect(sent.map((s) => s.to)).not.toContain('ulla@firma.test');
  });

  it('before attendance is taken, writes to every attendee of a registered party with an email, each address once', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ startsAt: new Date(Date.now() - 24 * 3600_000) });
    const party = await makeParty(meeting.id, {
      colleagues: [{ name: 'Kim', email: 'Kim@Firma.test' }, { name: 'Kim igen', email: 'kim@firma.test' }, { name: 'Uden e-mail' }],
    });
    await makeParty(meeting.id, { status: 'waitlisted', colleagues: [{ name: 'Venter', email: 'venter@firma.test' }] });
    const recipients = await readParticipantRecipients(db, meeting.id);
    expect(recipients.map((r) => r.email)).toEqual(['kim@firma.test', party.user.email.toLowerCase()].sort());
    expect((await readMeetingFacts(db, (await readFollowupMeeting(db, meeting.id))!)).participants).toBe(4);
  });

  it('exports one CSV line per attendee: name, company, email, note, registrant, status, checked in', async () => {
    const db = await getDb();
    const startsAt = new Date(Date.now() - 3600_000);
    const meeting = await makeMeeting({ startsAt });
    const party = await makeParty(meeting.id, {
      company: 'Ærø; Østergaard A/S',
      registrantName: 'Åse Ørum',
      colleagues: [{ name: 'Bo Vegetar', email: 'bo@oe.test', note: 'Vegetar' }, { name: '=HYPERLINK("x")' }, {}],
    });
    await markAttendeePresent(db, admin, { meetingId: meeting.id, attendeeId: party.colleagues[0].id, present: true }, { now: new Date('2031-03-12T15:02:00Z') });
    const rows = await readAttendeesForCsv(db, meeting.id);
    const csv = registrationsCsv(rows, {
      columns: Object.fromEntries(csvColumns.map((c) => [c, c])) as Record<(typeof csvColumns)[number], string>,
      status: (s) => s,
      yes: 'Ja',
      no: 'Nej',
      unnamed: 'Kollega uden navn',
    });
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...csvColumns]);
    expect(parsed.data.slice(1)).toEqual([
      ['Åse Ørum', 'Ærø; Østergaard A/S', party.user.email, '', 'Ja', 'registered', ''],
      ['Bo Vegetar', 'Ærø; Østergaard A/S', 'bo@oe.test', 'Vegetar', 'Nej', 'attended', '12-03-2031 16:02'],
      [`'=HYPERLINK("x")`, 'Ærø; Østergaard A/S', '', '', 'Nej', 'registered', ''],
      ['Kollega uden navn', 'Ærø; Østergaard A/S', '', '', 'Nej', 'registered', ''],
    ]);
  });

  it('removes one person on the secretariat’s confirmation: the waitlist moves up, is told, and the removal is audit-logged', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ capacity: 3 });
    const party = await makeParty(meeting.id, { colleagues: [{ name: 'Kim' }, { name: 'Lis' }] });
    const waiting = await makeParty(meeting.id, { status: 'waitlisted' });
    const result = await removeAttendee(db, admin, { meetingId: meeting.id, attendeeId: party.colleagues[1].id });
    expect(result).toMatchObject({ registrationCancelled: false, promotedRegistrationIds: [waiting.registration.id] });
    const [promoted] = await db.select().from(registrations).where(eq(registrations.id, waiting.registration.id));
    expect(promoted.status).toBe('registered');
    expect(await readRegistrationSummary(db, meeting.id)).toMatchObject({ seatsTaken: 3, waitlisted: 0 });
    expect((await readPartyAttendees(db, [party.registration.id])).map((a) => a.name)).toEqual(['Rikke Registrant', 'Kim']);
    const told = await db.select().from(emailOutbox).where(eq(emailOutbox.toEmail, waiting.user.email.toLowerCase()));
    expect(told.map((e) => e.kind)).toContain('registration-promoted');
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityId, party.colleagues[1].id), eq(auditLog.action, 'attendee.remove')));
    expect(entry).toMatchObject({ actorId: admin.id, entityType: 'attendee' });
    await expect(removeAttendee(db, admin, { meetingId: meeting.id, attendeeId: party.colleagues[1].id })).rejects.toMatchObject({ key: 'seatCancelled' });
  });

  it('refuses an attendee named with another meeting’s id, and a cancelled registration’s people', async () => {
    const db = await getDb();
    const ours = await makeMeeting({ startsAt: new Date(Date.now() - 3600_000) });
    const theirs = await makeMeeting({ startsAt: new Date(Date.now() - 3600_000) });
    const party = await makeParty(theirs.id, { colleagues: [{ name: 'Fremmed' }] });
    await expect(markAttendeePresent(db, admin, { meetingId: ours.id, attendeeId: party.registrant.id, present: true })).rejects.toMatchObject({ key: 'notFound' });
    await expect(removeAttendee(db, admin, { meetingId: ours.id, attendeeId: party.colleagues[0].id })).rejects.toMatchObject({ key: 'notFound' });
    const [still] = await db.select().from(attendees).where(eq(attendees.id, party.colleagues[0].id));
    expect(still.cancelledAt).toBeNull();

    await db.update(registrations).set({ status: 'cancelled', cancelledAt: new Date() }).where(eq(registrations.id, party.registration.id));
    await expect(markAttendeePresent(db, admin, { meetingId: theirs.id, attendeeId: party.registrant.id, present: true })).rejects.toMatchObject({ key: 'wrongStatus' });
  });

  it('marks a whole party present with one tap, each person with their own check-in', async () => {
    const db = await getDb();
    const meeting = await makeMeeting({ startsAt: new Date(Date.now() - 3600_000) });
    const party = await makeParty(meeting.id, { colleagues: [{ name: 'Kim' }, {}] });
    await setAttendance(db, admin, { registrationId: party.registration.id, attended: true });
    const people = await readPartyAttendees(db, [party.registration.id]);
    expect(people.every((p) => p.checkedInAt instanceof Date)).toBe(true);
    const entries = await db.select().from(auditLog).where(eq(auditLog.action, 'attendee.check-in'));
    expect(entries.map((e) => e.entityId)).toEqual(expect.arrayContaining(people.map((p) => p.id)));
    expect(await readRegistrationSummary(db, meeting.id)).toMatchObject({ attended: 3 });
  });

  it('finds a party on the registrations list by a colleague’s name or email', async () => {
    const db = await getDb();
    const meeting = await makeMeeting();
    const party = await makeParty(meeting.id, { colleagues: [{ name: 'Søren Søgbar', email: 'soeren@findes.test' }] });
    await makeParty(meeting.id);
    const other = await makeMeeting();
    await makeParty(other.id, { colleagues: [{ name: 'Søren Søgbar' }] });
    for (const q of ['søgbar', 'SOEREN@findes']) {
      const found = await readRegistrationsForAdminPage(db, meeting.id, q, { limit: 25, offset: 0 });
      expect(found.rows.map((r) => r.id), q).toEqual([party.registration.id]);
    }
  });

  it('prints a badge per seat, sorted by company then name, the unnamed with their company only', async () => {
    const db = await getDb();
    const meeting = await makeMeeting();
    await makeParty(meeting.id, { company: 'Øst Bageri ApS', registrantName: 'Anders', colleagues: [{}] });
    await makeParty(meeting.id, { company: 'Albertslund Glas A/S', registrantName: 'Zita', colleagues: [{ name: 'Bent' }] });
    await makeParty(meeting.id, { company: 'Midt Værk A/S', status: 'waitlisted' });
    const badges = await readBadges(db, meeting.id);
    expect(badges.map((b) => [b.company, b.name])).toEqual([
      ['Albertslund Glas A/S', 'Bent'],
      ['Albertslund Glas A/S', 'Zita'],
      ['Øst Bageri ApS', 'Anders'],
      ['Øst Bageri ApS', ''],
    ]);
  });
});
