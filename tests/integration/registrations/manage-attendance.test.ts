// The secretariat's side of registrations: attendance at the door, moving people between the
// waitlist and the seats (never beyond capacity), adding someone by hand, and the CSV export
// for Danish Excel, read back with a real CSV parser.
import { eq } from 'drizzle-orm';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { registrations, users } from '@/db/schema';
import { readRegistrationsForAdmin, readRegistrationsForAdminPage, readRegistrationSummary } from '@/lib/registrations/queries';
import { addRegistrationManually } from '@/lib/registrations/add-registration-manually';
import { moveRegistration } from '@/lib/registrations/move-registration';
import { setAttendance } from '@/lib/registrations/set-attendance';
import { csvColumns, registrationsCsv } from '@/lib/registrations/registrations-csv';
import { readAttendeesForCsv } from '@/lib/attendees/admin-queries';
import { copenhagenTime } from '@/lib/format/copenhagen-time';
import { makeCompany, makeMeeting, makeUser } from '../../support/fixtures';
import { auditEntriesFor, makeAdmin, makeRegistration } from '../../support/fixtures-admin';

async function statusOf(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
  return row;
}

describe('registrations and attendance', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    admin = await makeAdmin();
  });

  it('marks a whole party present at the door and can undo it', async () => {
    const meeting = await makeMeeting();
    const reg = await makeRegistration({ meetingId: meeting.id, colleagues: 2 });
    const db = await getDb();
    await setAttendance(db, admin, { registrationId: reg.id, attended: true }, { now: meeting.startsAt });
    const attended = await statusOf(reg.id);
    expect(attended.status).toBe('attended');
    expect(attended.attendedAt).toBeInstanceOf(Date);
    expect(await readRegistrationSummary(db, meeting.id)).toMatchObject({ seatsTaken: 3, attended: 3 });
    await setAttendance(db, admin, { registrationId: reg.id, attended: false }, { now: meeting.startsAt });
    expect(await statusOf(reg.id)).toMatchObject({ status: 'registered', attendedAt: null });
    expect((await auditEntriesFor(reg.id)).map((e) => e.action)).toEqual(['registration.attend', 'registration.unattend']);
  });

  it('moves a waitlisted company up only when its whole party fits', async () => {
    const meeting = await makeMeeting({ capacity: 5 });
    const db = await getDb();
    await makeRegistration({ meetingId: meeting.id, colleagues: 2 });
    const waiting = await makeRegistration({ meetingId: meeting.id, colleagues: 2, status: 'waitlisted' });
    await expect(moveRegistration(db, admin, { registrationId: waiting.id, to: 'registered' })).rejects.toMatchObject({ key: 'full' });
    expect((await statusOf(waiting.id)).status).toBe('waitlisted');

    const small = await makeRegistration({ meetingId: meeting.id, colleagues: 1, status: 'waitlisted' });
    await moveRegistration(db, admin, { registrationId: small.id, to: 'registered' });
    expect(await statusOf(small.id)).toMatchObject({ status: 'registered', waitlistedAt: null });
    expect((await readRegistrationSummary(db, meeting.id)).seatsTaken).toBe(5);
  });

  it('moves a registered person to the back of the waitlist', async () => {
    const meeting = await makeMeeting({ capacity: 10 });
    const db = await getDb();
    const reg = await makeRegistration({ meetingId: meeting.id });
    await moveRegistration(db, admin, { registrationId: reg.id, to: 'waitlisted' });
    const moved = await statusOf(reg.id);
    expect(moved.status).toBe('waitlisted');
    expect(moved.waitlistedAt).toBeInstanceOf(Date);
    await expect(moveRegistration(db, admin, { registrationId: reg.id, to: 'waitlisted' })).rejects.toMatchObject({ key: 'wrongStatus' });
  });

  it('adds a new person by hand: a seat when one is free, the waitlist when not', async () => {
    const meeting = await makeMeeting({ capacity: 3 });
    const company = await makeCompany({ name: 'Hersted Glas ApS' });
    const db = await getDb();
    const first = await addRegistrationManually(db, admin, {
      meetingId: meeting.id,
      email: 'Ny.Person@Example.test',
      name: 'Ny Person',
      companyId: company.id,
      colleagues: 1,
      note: 'Ringede ind',
    });
    expect(first.registration).toMatchObject({ status: 'registered', companyId: company.id, note: 'Ringede ind' });
    const [person] = await db.select().from(users).where(eq(users.email, 'ny.person@example.test'));
    expect(person).toMatchObject({ role: 'company', companyId: company.id, name: 'Ny Person' });

    const known = await makeUser('company');
    const second = await addRegistrationManually(db, admin, { meetingId: meeting.id, email: known.email, name: null, companyId: null, colleagues: 1, note: null });
    expect(second.registration).toMatchObject({ status: 'waitlisted', companyId: known.companyId });

    await expect(
      addRegistrationManually(db, admin, { meetingId: meeting.id, email: known.email, name: null, companyId: null, colleagues: 0, note: null }),
    ).rejects.toMatchObject({ fieldErrors: { email: [{ key: 'admin.alreadyRegistered' }] } });
  });

  it("adds a person by hand under the company named by its CVR number, and refuses a CVR no company has", async () => {
    const meeting = await makeMeeting();
    const company = await makeCompany({ name: 'CVR Opslag ApS' });
    const db = await getDb();
    const added = await addRegistrationManually(db, admin, {
      meetingId: meeting.id,
      email: `cvr-${company.cvr}@example.test`,
      name: null,
      companyId: null,
      companyCvr: company.cvr,
      colleagues: 0,
      note: null,
    });
    expect(added.registration.companyId).toBe(company.id);
    await expect(
      addRegistrationManually(db, admin, { meetingId: meeting.id, email: 'ukendt-cvr@example.test', name: null, companyId: null, companyCvr: '10000009', colleagues: 0, note: null }),
    ).rejects.toMatchObject({ fieldErrors: { companyCvr: [{ key: 'admin.unknownCvr' }] } });
  });

  it('finds registrations by company, person or email', async () => {
    const meeting = await makeMeeting();
    const company = await makeCompany({ name: 'Søgbar Belysning A/S' });
    const person = await makeUser('company', { name: 'Karen Søgaard', companyId: company.id });
    await makeRegistration({ meetingId: meeting.id, userId: person.id, companyId: company.id });
    await makeRegistration({ meetingId: meeting.id });
    const db = await getDb();
    expect(await readRegistrationsForAdmin(db, meeting.id, 'belysning')).toHaveLength(1);
    expect(await readRegistrationsForAdmin(db, meeting.id, 'karen')).toHaveLength(1);
    expect(await readRegistrationsForAdmin(db, meeting.id, person.email.toUpperCase())).toHaveLength(1);
    expect(await readRegistrationsForAdmin(db, meeting.id)).toHaveLength(2);
    // The page shows them a page at a time and says how many there are in all.
    const firstPage = await readRegistrationsForAdminPage(db, meeting.id, undefined, { limit: 1, offset: 0 });
    const secondPage = await readRegistrationsForAdminPage(db, meeting.id, undefined, { limit: 1, offset: 1 });
    expect([firstPage.total, firstPage.rows.length, secondPage.rows.length]).toEqual([2, 1, 1]);
    expect(firstPage.rows[0].id).not.toBe(secondPage.rows[0].id);
  });

  it('exports a CSV that Danish Excel opens: BOM, semicolons, a header row, and one line per person', async () => {
    const meeting = await makeMeeting();
    const company = await makeCompany({ name: 'Ærø; Østergaard & "Søn" A/S', cvr: '13748136' });
    const person = await makeUser('company', { name: 'Åse Ørum', companyId: company.id });
    await makeRegistration({
      meetingId: meeting.id,
      userId: person.id,
      companyId: company.id,
      colleagues: 2,
      note: 'Vegetar\nkommer lidt senere',
      createdAt: copenhagenTime(2031, 3, 1, 9, 5),
      status: 'attended',
      attendedAt: copenhagenTime(2031, 3, 12, 16, 2),
    });
    await makeRegistration({ meetingId: meeting.id, note: '=HYPERLINK("http://evil")', status: 'waitlisted' });
    const db = await getDb();
    const rows = await readAttendeesForCsv(db, meeting.id);
    const labels = Object.fromEntries(csvColumns.map((c) => [c, `Kolonne ${c}`])) as Record<(typeof csvColumns)[number], string>;
    const csv = registrationsCsv(rows, {
      columns: labels,
      status: (s) => ({ attended: 'Mødt', waitlisted: 'Venteliste', registered: 'Tilmeldt', cancelled: 'Afmeldt' })[s],
      yes: 'Ja',
      no: 'Nej',
      unnamed: 'Kollega uden navn',
    });

    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(';');
    const [header, first, second, third, waiting] = parsed.data;
    expect(header).toEqual(csvColumns.map((c) => `Kolonne ${c}`));
    // The party of three (registrant and two colleagues not yet named), then the waitlist.
    expect(parsed.data).toHaveLength(5);
    expect(first).toEqual(['Åse Ørum', 'Ærø; Østergaard & "Søn" A/S', person.email, 'Vegetar\nkommer lidt senere', 'Ja', 'Mødt', '12-03-2031 16:02']);
    expect(second).toEqual(['Kollega uden navn', 'Ærø; Østergaard & "Søn" A/S', '', '', 'Nej', 'Mødt', '12-03-2031 16:02']);
    expect(third[4]).toBe('Nej');
    expect(waiting[5]).toBe('Venteliste');
    expect(waiting[3]).toBe(`'=HYPERLINK("http://evil")`);
  });
});
