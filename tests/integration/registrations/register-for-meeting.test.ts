// Registering, the waitlist and moving up, with the emails each step sends.
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { cancelRegistration } from '@/lib/registrations/cancel-registration';
import { readRegistrationState } from '@/lib/registrations/queries';
import { registerForMeeting } from '@/lib/registrations/register-for-meeting';
import { seatsTaken } from '@/lib/registrations/seats';
import { registerSchema } from '@/lib/registrations/schema';
import { makeForumSettings, makeMeeting, makeUser } from '../../support/fixtures';
import { emailsTo, makeCompanyPeople, registrationsOf } from '../../support/fixtures-registrations';

const register = async (user: { id: string; companyId: string | null }, meetingId: string, colleagues = 0, note: string | null = null) =>
  registerForMeeting(await getDb(), user, { meetingId, colleagues, note });

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return (error as { key?: string }).key ?? String(error);
  }
  return 'no refusal';
}

describe('registering for a meeting', () => {
  beforeAll(async () => {
    await makeForumSettings();
  });

  it('registers a person on behalf of their company and emails a confirmation with the meeting as .ics', async () => {
    const meeting = await makeMeeting({ capacity: 10, title: 'Netværksmøde' });
    const person = await makeUser('company');
    const registration = await register(person, meeting.id, 2, 'Vegetar');
    expect(registration).toMatchObject({ status: 'registered', companyId: person.companyId, colleagues: 2, note: 'Vegetar' });
    const db = await getDb();
    expect(await db.transaction((tx) => seatsTaken(tx, meeting.id))).toBe(3);

    const [email] = await emailsTo(person.email);
    expect(email.kind).toBe('registration-confirmed');
    expect(email.subject).toBe('Du er tilmeldt: Netværksmøde');
    expect(email.text).toContain('Du har tilmeldt 2 kolleger');
    expect(email.attachments).toHaveLength(1);
    const ics = Buffer.from(email.attachments![0].content, 'base64').toString('utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Netværksmøde');
    expect(ics).toContain(`UID:meeting-${meeting.id}@`);
  });

  it('writes the email in the recipient’s language', async () => {
    const meeting = await makeMeeting({ capacity: 10, title: 'Forum meeting' });
    const person = await makeUser('company', { locale: 'en' });
    await register(person, meeting.id);
    const [email] = await emailsTo(person.email);
    expect(email.subject).toBe('You are registered: Forum meeting');
    expect(email.text).toContain('/en/meetings/');
  });

  it('puts a registration on the waitlist when the party does not fit, and emails the position', async () => {
    const meeting = await makeMeeting({ capacity: 3 });
    const [a, b, c] = await makeCompanyPeople(3, 'wait');
    expect((await register(a, meeting.id, 1)).status).toBe('registered');
    expect((await register(b, meeting.id, 1)).status).toBe('waitlisted');
    // Seats are free for one, but nobody jumps the queue ahead of the waitlist.
    expect((await register(c, meeting.id, 0)).status).toBe('waitlisted');
    const [bEmail] = await emailsTo(b.email);
    expect(bEmail.kind).toBe('registration-waitlisted');
    expect(bEmail.text).toContain('nummer 1');
    const [cEmail] = await emailsTo(c.email);
    expect(cEmail.text).toContain('nummer 2');
    expect(cEmail.attachments).toBeNull();
    // The meeting page's island reads the same position as the email.
    expect((await readRegistrationState(await getDb(), meeting.id, c.id))?.own?.position).toBe(2);
  });

  it('moves the first waitlisted company up when a seat frees, and emails them', async () => {
    const meeting = await makeMeeting({ capacity: 2 });
    const [a, b, c, d] = await makeCompanyPeople(4, 'promote');
    await register(a, meeting.id, 0);
    await register(b, meeting.id, 0);
    await register(c, meeting.id, 0);
    await register(d, meeting.id, 0);

    const result = await cancelRegistration(await getDb(), a, { meetingId: meeting.id });
    expect(result.promotedIds).toHaveLength(1);
    const rows = await registrationsOf(meeting.id);
    const statusOf = (userId: string) => rows.find((r) => r.userId === userId && r.status !== 'cancelled')?.status;
    expect(statusOf(a.id)).toBeUndefined();
    expect(statusOf(c.id)).toBe('registered');
    expect(statusOf(d.id)).toBe('waitlisted');

    expect((await emailsTo(a.email)).map((e) => e.kind)).toEqual(['registration-confirmed', 'registration-cancelled']);
    const cEmails = await emailsTo(c.email);
    expect(cEmails.map((e) => e.kind)).toEqual(['registration-waitlisted', 'registration-promoted']);
    expect(cEmails[1].attachments).toHaveLength(1);
    expect((await emailsTo(d.email)).map((e) => e.kind)).toEqual(['registration-waitlisted']);
  });

  it('keeps a large party at the front of the waitlist ahead of smaller ones behind it', async () => {
    const meeting = await makeMeeting({ capacity: 3 });
    const [a, big, small] = await makeCompanyPeople(3, 'fifo');
    await register(a, meeting.id, 1); // 2 of 3 seats
    await register(big, meeting.id, 2); // needs 3: waits
    await register(small, meeting.id, 0); // would fit, but waits behind
    await cancelRegistration(await getDb(), a, { meetingId: meeting.id });
    const rows = await registrationsOf(meeting.id);
    expect(rows.find((r) => r.userId === big.id)?.status).toBe('registered');
    expect(rows.find((r) => r.userId === small.id)?.status).toBe('waitlisted');
  });

  it('lets a person leave the waitlist without anyone moving up past the capacity', async () => {
    const meeting = await makeMeeting({ capacity: 1 });
    const [a, b] = await makeCompanyPeople(2, 'leave');
    await register(a, meeting.id);
    await register(b, meeting.id);
    const result = await cancelRegistration(await getDb(), b, { meetingId: meeting.id });
    expect(result.promotedIds).toEqual([]);
    const rows = await registrationsOf(meeting.id);
    expect(rows.map((r) => r.status).sort()).toEqual(['cancelled', 'registered']);
  });

  it('lets a person register again after cancelling', async () => {
    const meeting = await makeMeeting({ capacity: 5 });
    const person = await makeUser('company');
    await register(person, meeting.id);
    await cancelRegistration(await getDb(), person, { meetingId: meeting.id });
    expect((await register(person, meeting.id)).status).toBe('registered');
  });

  it('has no limit when the meeting has no capacity', async () => {
    const meeting = await makeMeeting({ capacity: null });
    const people = await makeCompanyPeople(3, 'open');
    for (const p of people) expect((await register(p, meeting.id, 5)).status).toBe('registered');
  });

  it('lets a council member register without a company', async () => {
    const meeting = await makeMeeting({ capacity: 5 });
    const council = await makeUser('council');
    expect(await register(council, meeting.id)).toMatchObject({ status: 'registered', companyId: null });
  });
});

describe('refused registrations change nothing', () => {
  it('refuses registering twice', async () => {
    const meeting = await makeMeeting({ capacity: 5 });
    const person = await makeUser('company');
    await register(person, meeting.id);
    expect(await refusal(register(person, meeting.id))).toBe('alreadyRegistered');
    expect(await registrationsOf(meeting.id)).toHaveLength(1);
  });

  it('refuses registering after the deadline', async () => {
    const meeting = await makeMeeting({ registrationDeadline: new Date(Date.now() - 60_000) });
    const person = await makeUser('company');
    expect(await refusal(register(person, meeting.id))).toBe('deadlinePassed');
    expect(await registrationsOf(meeting.id)).toHaveLength(0);
    expect(await emailsTo(person.email)).toHaveLength(0);
  });

  it('refuses a cancelled, a past and a draft meeting', async () => {
    const person = await makeUser('company');
    const cancelled = await makeMeeting({ status: 'cancelled' });
    const past = await makeMeeting({ startsAt: new Date(Date.now() - 86_400_000) });
    const draft = await makeMeeting({ status: 'draft' });
    expect(await refusal(register(person, cancelled.id))).toBe('meetingCancelled');
    expect(await refusal(register(person, past.id))).toBe('meetingPast');
    expect(await refusal(register(person, draft.id))).toBe('notFound');
    for (const m of [cancelled, past, draft]) expect(await registrationsOf(m.id)).toHaveLength(0);
  });

  it('refuses a party larger than the room', async () => {
    const meeting = await makeMeeting({ capacity: 2 });
    const person = await makeUser('company');
    expect(await refusal(register(person, meeting.id, 2))).toBe('partyTooLarge');
    expect(await registrationsOf(meeting.id)).toHaveLength(0);
  });

  it('refuses a negative number of colleagues with a message beside the field', () => {
    const parsed = registerSchema.safeParse({ meetingId: crypto.randomUUID(), colleagues: '-1' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ['colleagues'], code: 'too_small' });
    expect(registerSchema.safeParse({ meetingId: crypto.randomUUID(), colleagues: 'mange' }).success).toBe(false);
    expect(registerSchema.parse({ meetingId: crypto.randomUUID(), colleagues: '' }).colleagues).toBe(0);
  });

  it('never lets one person cancel another company’s registration', async () => {
    const meeting = await makeMeeting({ capacity: 5 });
    const [owner, other] = await makeCompanyPeople(2, 'owner');
    await register(owner, meeting.id);
    // The other person names the same meeting: only their own (absent) registration is found.
    expect(await refusal(cancelRegistration(await getDb(), other, { meetingId: meeting.id }))).toBe('notRegistered');
    expect((await registrationsOf(meeting.id))[0].status).toBe('registered');
  });

  it('refuses cancelling once the meeting has started', async () => {
    const meeting = await makeMeeting({ capacity: 5 });
    const person = await makeUser('company');
    await register(person, meeting.id);
    const later = new Date(meeting.startsAt.getTime() + 60_000);
    expect(await refusal(cancelRegistration(await getDb(), person, { meetingId: meeting.id }, { now: later }))).toBe('meetingPast');
  });
});
