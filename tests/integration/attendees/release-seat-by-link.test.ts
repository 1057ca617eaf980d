// Releasing a seat by the reminder's link: opening the page changes nothing; the confirming click
// frees the seat, moves the waitlist up (and tells them), records who did it and confirms to the
// person. A second click says "already released"; a forged code, a ticket code, or the link of a
// seat that has since passed to someone else (an old ticket version) is refused and changes nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attendees, emailOutbox, registrations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { readReleaseLanding } from '@/lib/attendees/release-queries';
import { releaseSeatByLink } from '@/lib/attendees/release-seat-by-link';
import { releaseCode, releaseSeatUrl, ticketCode } from '@/lib/attendees/ticket-code';
import { signCode } from '@/lib/security/signed-token';
import { makeMeeting, makeUser } from '../../support/fixtures';
import { auditEntriesFor, makeRegistration } from '../../support/fixtures-admin';
import { emailsTo } from '../../support/fixtures-registrations';

const hour = 3600_000;

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ActionError) return error.key;
    throw error;
  }
  return 'released';
}

async function seat(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(attendees).where(eq(attendees.id, id));
  return row;
}

async function party(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(registrations).where(eq(registrations.id, id));
  return row;
}

async function outboxCount() {
  const db = await getDb();
  return (await db.select({ id: emailOutbox.id }).from(emailOutbox)).length;
}

/** A full meeting of two seats: Anne and her colleague Per (with an email), and Bo waiting. */
async function fullMeetingWithWaitlist() {
  const meeting = await makeMeeting({ capacity: 2, title: 'Erhvervsforum i Byrådssalen', place: 'Byrådssalen' });
  const anne = await makeUser('company', { name: 'Anne Hansen' });
  const bo = await makeUser('company', { name: 'Bo Venter' });
  const held = await makeRegistration({ meetingId: meeting.id, userId: anne.id });
  const db = await getDb();
  const perEmail = `per.kollega-${held.id.slice(0, 8)}@example.test`;
  const [per] = await db
    .insert(attendees)
    .values({ registrationId: held.id, meetingId: meeting.id, name: 'Per Kollega Jensen', email: perEmail, position: 1 })
    .returning();
  const waiting = await makeRegistration({ meetingId: meeting.id, userId: bo.id, status: 'waitlisted' });
  const [anneSeat] = await db.select().from(attendees).where(eq(attendees.registrationId, held.id)).orderBy(attendees.position);
  return { meeting, anne, bo, held, per, waiting, anneSeat };
}

describe('the release page, opened', () => {
  it('shows the meeting and the first name, and changes nothing by being opened', async () => {
    const { meeting, per } = await fullMeetingWithWaitlist();
    const before = await outboxCount();
    const landing = await readReleaseLanding(await getDb(), releaseCode(per));
    expect(landing).toMatchObject({ state: 'open', firstName: 'Per', meeting: { title: meeting.title, place: 'Byrådssalen' } });
    expect((await seat(per.id)).cancelledAt).toBeNull();
    expect(await outboxCount()).toBe(before);
  });

  it('links to the Danish page without a prefix and the English one with it', () => {
    const holder = { id: '00000000-0000-4000-8000-000000000000', ticketVersion: 1 };
    expect(new URL(releaseSeatUrl(holder, 'da')).pathname).toBe('/release-seat');
    expect(new URL(releaseSeatUrl(holder, 'en')).pathname).toBe('/en/release-seat');
  });

  it('says the link is not valid for a forged code, a ticket code, and a missing code', async () => {
    const { per } = await fullMeetingWithWaitlist();
    const db = await getDb();
    expect(await readReleaseLanding(db, undefined)).toEqual({ state: 'invalid' });
    expect(await readReleaseLanding(db, ticketCode(per))).toEqual({ state: 'invalid' });
    expect(await readReleaseLanding(db, releaseCode(per).slice(0, -2) + 'xx')).toEqual({ state: 'invalid' });
  });
});

describe('releasing by the link', () => {
  it('frees the seat, moves the waitlist up, tells them, audits and confirms to the person', async () => {
    const { meeting, anne, bo, held, per, waiting } = await fullMeetingWithWaitlist();
    const db = await getDb();
    const result = await releaseSeatByLink(db, { code: releaseCode(per) });

    expect(result).toMatchObject({ meetingSlug: meeting.slug, registrationCancelled: false, promotedRegistrationIds: [waiting.id] });
    expect((await seat(per.id)).cancelledAt).toBeInstanceOf(Date);
    expect(await party(held.id)).toMatchObject({ status: 'registered', colleagues: 0 });
    expect((await party(waiting.id)).status).toBe('registered');
    expect((await emailsTo(bo.email)).map((e) => e.kind)).toContain('registration-promoted');
    const confirmation = (await emailsTo(per.email!)).filter((e) => e.kind === 'seat-released');
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0].subject).toContain('Din plads er frigivet');
    // The registrant is told their colleague gave up the seat, with a way back to the party.
    const [told] = (await emailsTo(anne.email)).filter((e) => e.kind === 'colleague-released');
    expect(told.subject).toBe(`Per Kollega Jensen har frigivet sin plads: ${meeting.title}`);
    expect(told.html).toContain(`/portal/registrations/${held.id}`);
    const [entry] = await auditEntriesFor(per.id);
    expect(entry).toMatchObject({ action: 'attendee.release-by-link', actorId: null, actorEmail: per.email });
    expect(entry.changes).toMatchObject({ meetingId: meeting.id, promoted: [waiting.id] });
  });

  it('says "already released" for a second click, and changes nothing more', async () => {
    const { per } = await fullMeetingWithWaitlist();
    const db = await getDb();
    await releaseSeatByLink(db, { code: releaseCode(per) });
    const released = await seat(per.id);
    const before = await outboxCount();
    expect(await refusalOf(releaseSeatByLink(db, { code: releaseCode(per) }))).toBe('alreadyReleased');
    expect((await seat(per.id)).cancelledAt).toEqual(released.cancelledAt);
    expect(await outboxCount()).toBe(before);
    expect(await readReleaseLanding(db, releaseCode(per))).toMatchObject({ state: 'alreadyReleased' });
  });

  it('releases once when the same link is clicked twice at the same moment', async () => {
    const { per, waiting } = await fullMeetingWithWaitlist();
    const db = await getDb();
    const outcomes = await Promise.all([refusalOf(releaseSeatByLink(db, { code: releaseCode(per) })), refusalOf(releaseSeatByLink(db, { code: releaseCode(per) }))]);
    expect(outcomes.sort()).toEqual(['alreadyReleased', 'released']);
    expect((await party(waiting.id)).status).toBe('registered');
    expect((await emailsTo(per.email!)).filter((e) => e.kind === 'seat-released')).toHaveLength(1);
  });

  it('cancels the registration of a registrant who came alone, telling them once', async () => {
    const meeting = await makeMeeting();
    const alone = await makeUser('company', { name: 'Ene Person' });
    const reg = await makeRegistration({ meetingId: meeting.id, userId: alone.id });
    const db = await getDb();
    const [own] = await db.select().from(attendees).where(eq(attendees.registrationId, reg.id));
    const result = await releaseSeatByLink(db, { code: releaseCode(own) });
    expect(result.registrationCancelled).toBe(true);
    expect((await party(reg.id)).status).toBe('cancelled');
    // The cancellation email is their confirmation; no second email about the same seat.
    expect((await emailsTo(alone.email)).map((e) => e.kind)).toEqual(['registration-cancelled']);
    const [entry] = await auditEntriesFor(own.id);
    expect(entry).toMatchObject({ actorId: alone.id, action: 'attendee.release-by-link' });
  });

  it('refuses a forged code, a ticket code and a code for another seat, changing nothing', async () => {
    const { per, anneSeat, waiting } = await fullMeetingWithWaitlist();
    const db = await getDb();
    const before = await outboxCount();
    // Another seat's id under Per's signature; a code signed for the door; a damaged signature.
    const [, perMac] = releaseCode(per).split('.');
    const swapped = `${Buffer.from(`${anneSeat.id}:1`).toString('base64url')}.${perMac}`;
    for (const code of [swapped, ticketCode(per), releaseCode(per).slice(0, -3) + 'abc', signCode('council-rsvp', `${per.id}:1`)]) {
      expect(await refusalOf(releaseSeatByLink(db, { code }))).toBe('invalid');
    }
    expect((await seat(per.id)).cancelledAt).toBeNull();
    expect((await seat(anneSeat.id)).cancelledAt).toBeNull();
    expect((await party(waiting.id)).status).toBe('waitlisted');
    expect(await outboxCount()).toBe(before);
    expect(await auditEntriesFor(per.id)).toHaveLength(0);
  });

  it('refuses the old link of a seat that passed to someone else', async () => {
    const { per, waiting } = await fullMeetingWithWaitlist();
    const db = await getDb();
    const oldCode = releaseCode(per);
    // The registrant gives Per's seat to Ulla: a new ticket version voids Per's links.
    await db.update(attendees).set({ name: 'Ulla Ny', email: 'ulla.ny@example.test', ticketVersion: 2 }).where(eq(attendees.id, per.id));
    expect(await refusalOf(releaseSeatByLink(db, { code: oldCode }))).toBe('invalid');
    expect(await readReleaseLanding(db, oldCode)).toEqual({ state: 'invalid' });
    expect((await seat(per.id)).cancelledAt).toBeNull();
    expect((await party(waiting.id)).status).toBe('waitlisted');
    // Ulla's own link works.
    const ulla = await seat(per.id);
    expect(await refusalOf(releaseSeatByLink(db, { code: releaseCode(ulla) }))).toBe('released');
  });

  it('refuses once the meeting has started, and for a cancelled meeting', async () => {
    const { meeting, per } = await fullMeetingWithWaitlist();
    const db = await getDb();
    expect(await refusalOf(releaseSeatByLink(db, { code: releaseCode(per) }, { now: new Date(meeting.startsAt.getTime() + hour) }))).toBe('meetingStarted');
    expect(await readReleaseLanding(db, releaseCode(per), new Date(meeting.startsAt.getTime() + hour))).toMatchObject({ state: 'meetingStarted' });
    expect((await seat(per.id)).cancelledAt).toBeNull();

    const other = await fullMeetingWithWaitlist();
    const { meetings } = await import('@/db/schema');
    await db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, other.meeting.id));
    expect(await refusalOf(releaseSeatByLink(db, { code: releaseCode(other.per) }))).toBe('meetingCancelled');
  });
});
