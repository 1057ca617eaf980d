// The council's answers to invitations: by the email's link (no sign-in; the signed code names
// meeting and member) and in the council area, and the admin registrations page's section with
// the council's answers. Opening a link answers nothing; only the command does, and only for an
// active council member and a published meeting that has not begun.
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, councilRsvps, users } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { answerCouncilInvitation } from '@/lib/invitations/answer-council-invitation';
import { councilRsvpCode, councilRsvpLink } from '@/lib/invitations/council-rsvp-link';
import {
  readCouncilAnswersForMeeting,
  readCouncilRsvpLanding,
  readUpcomingMeetingsWithAnswer,
} from '@/lib/invitations/council-rsvp-queries';
import { makeMeeting, makeUser } from '../../support/fixtures';

const day = 24 * 3600_000;

async function answersFor(meetingId: string) {
  const db = await getDb();
  return db.select().from(councilRsvps).where(eq(councilRsvps.meetingId, meetingId));
}

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ActionError) return error.key;
    throw error;
  }
  return 'accepted';
}

describe('answering by the email link', () => {
  let member: Awaited<ReturnType<typeof makeUser>>;
  let meeting: Awaited<ReturnType<typeof makeMeeting>>;
  beforeAll(async () => {
    member = await makeUser('council', { name: 'Kim Medlem' });
    meeting = await makeMeeting({ title: 'Erhvervsforum, juni', place: 'Albertslund Rådhus, sal 1' });
  });

  it('makes a link to the page in each language with the code and the answer', () => {
    const da = new URL(councilRsvpLink('da', meeting.id, member.id, 'coming'));
    const en = new URL(councilRsvpLink('en', meeting.id, member.id, 'not-coming'));
    expect(da.pathname).toBe('/council/rsvp');
    expect(en.pathname).toBe('/en/council/rsvp');
    expect(da.searchParams.get('code')).toBe(councilRsvpCode(meeting.id, member.id));
    expect(en.searchParams.get('answer')).toBe('not-coming');
  });

  it('shows the meeting for a valid code and records nothing by being opened', async () => {
    const landing = await readCouncilRsvpLanding(await getDb(), councilRsvpCode(meeting.id, member.id));
    expect(landing).toMatchObject({
      state: 'open',
      name: 'Kim Medlem',
      answer: null,
      meeting: { id: meeting.id, title: 'Erhvervsforum, juni', place: 'Albertslund Rådhus, sal 1' },
    });
    expect(await answersFor(meeting.id)).toEqual([]);
  });

  it('refuses a forged or damaged code', async () => {
    const db = await getDb();
    const good = councilRsvpCode(meeting.id, member.id);
    const other = await makeUser('council');
    const [subject] = good.split('.');
    // Another member's id with this member's signature, a cut-off code, nothing at all.
    const moved = `${Buffer.from(`${meeting.id}:${other.id}`).toString('base64url')}.${good.split('.')[1]}`;
    for (const code of [moved, good.slice(0, -3), `${subject}.`, 'nonsense', '', undefined]) {
      expect(await readCouncilRsvpLanding(db, code), String(code)).toEqual({ state: 'forged' });
    }
    expect(await answersFor(meeting.id)).toEqual([]);
  });

  it('records the answer, and a later answer replaces the earlier one, each in the audit log', async () => {
    const db = await getDb();
    const first = new Date(Date.now() - 60_000);
    await answerCouncilInvitation(db, { id: member.id }, { meetingId: meeting.id, answer: 'coming', via: 'link' }, { now: first });
    expect(await answersFor(meeting.id)).toEqual([{ meetingId: meeting.id, userId: member.id, answer: 'coming', answeredAt: first }]);

    const second = new Date();
    const result = await answerCouncilInvitation(db, { id: member.id }, { meetingId: meeting.id, answer: 'not-coming', via: 'link' }, { now: second });
    expect(result).toMatchObject({ answer: 'not-coming', previous: 'coming' });
    expect(await answersFor(meeting.id)).toEqual([{ meetingId: meeting.id, userId: member.id, answer: 'not-coming', answeredAt: second }]);
    expect(await readCouncilRsvpLanding(db, councilRsvpCode(meeting.id, member.id))).toMatchObject({ state: 'open', answer: 'not-coming' });

    const entries = await db
      .select({ actorId: auditLog.actorId, actorEmail: auditLog.actorEmail, changes: auditLog.changes, entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council.rsvp'), eq(auditLog.entityId, meeting.id)))
      .orderBy(auditLog.createdAt);
    expect(entries).toEqual([
      { actorId: member.id, actorEmail: member.email, entityId: meeting.id, changes: { answer: { from: null, to: 'coming' }, via: 'link' } },
      { actorId: member.id, actorEmail: member.email, entityId: meeting.id, changes: { answer: { from: 'coming', to: 'not-coming' }, via: 'link' } },
    ]);
  });

  it('refuses anyone who is not an active council member: a company user, the secretariat, a deactivated or demoted member', async () => {
    const db = await getDb();
    const company = await makeUser('company');
    const secretariat = await makeUser('secretariat');
    const deactivated = await makeUser('council', { deactivatedAt: new Date() });
    const demoted = await makeUser('council');
    // The member's link was sent while they were on the council; then their role changed.
    const demotedCode = councilRsvpCode(meeting.id, demoted.id);
    await db.update(users).set({ role: 'company' }).where(eq(users.id, demoted.id));
    for (const user of [company, secretariat, deactivated, demoted]) {
      expect(await readCouncilRsvpLanding(db, councilRsvpCode(meeting.id, user.id)), user.role).toEqual({ state: 'not-member' });
      expect(await refusalOf(answerCouncilInvitation(db, { id: user.id }, { meetingId: meeting.id, answer: 'coming', via: 'link' }))).toBe('not-member');
    }
    expect(await readCouncilRsvpLanding(db, demotedCode)).toEqual({ state: 'not-member' });
    // A user who no longer exists at all.
    expect(await readCouncilRsvpLanding(db, councilRsvpCode(meeting.id, 'no-such-user'))).toEqual({ state: 'not-member' });
    expect((await answersFor(meeting.id)).map((a) => a.userId)).toEqual([member.id]);
  });

  it('says a cancelled or past meeting cannot be answered, and records nothing for it', async () => {
    const db = await getDb();
    const cancelled = await makeMeeting({ status: 'cancelled', title: 'Aflyst møde' });
    const past = await makeMeeting({ startsAt: new Date(Date.now() - 3 * day), title: 'Afholdt møde' });
    const draft = await makeMeeting({ status: 'draft' });
    expect(await readCouncilRsvpLanding(db, councilRsvpCode(cancelled.id, member.id))).toMatchObject({ state: 'cancelled', meeting: { title: 'Aflyst møde' } });
    expect(await readCouncilRsvpLanding(db, councilRsvpCode(past.id, member.id))).toMatchObject({ state: 'past', meeting: { title: 'Afholdt møde' } });
    expect(await readCouncilRsvpLanding(db, councilRsvpCode(draft.id, member.id))).toEqual({ state: 'no-meeting' });
    expect(await readCouncilRsvpLanding(db, councilRsvpCode('00000000-0000-4000-8000-000000000000', member.id))).toEqual({ state: 'no-meeting' });
    const answer = (meetingId: string) => answerCouncilInvitation(db, { id: member.id }, { meetingId, answer: 'coming', via: 'link' });
    expect(await refusalOf(answer(cancelled.id))).toBe('cancelled');
    expect(await refusalOf(answer(past.id))).toBe('past');
    expect(await refusalOf(answer(draft.id))).toBe('no-meeting');
    for (const m of [cancelled, past, draft]) expect(await answersFor(m.id)).toEqual([]);
    // A meeting that begins while the page is open: the answer is refused at the moment it is sent.
    expect(await refusalOf(answerCouncilInvitation(db, { id: member.id }, { meetingId: meeting.id, answer: 'coming', via: 'link' }, { now: meeting.startsAt }))).toBe('past');
  });
});

describe('answering in the council area', () => {
  it('lists the upcoming published meetings, soonest first, with this member’s own answer', async () => {
    const db = await getDb();
    const member = await makeUser('council');
    const colleague = await makeUser('council');
    const later = await makeMeeting({ startsAt: new Date(Date.now() + 40 * day), title: 'Senere møde' });
    const sooner = await makeMeeting({ startsAt: new Date(Date.now() + 5 * day), title: 'Snart møde' });
    const cancelled = await makeMeeting({ status: 'cancelled', startsAt: new Date(Date.now() + 6 * day) });
    const draft = await makeMeeting({ status: 'draft', startsAt: new Date(Date.now() + 7 * day) });
    const past = await makeMeeting({ startsAt: new Date(Date.now() - day) });

    await answerCouncilInvitation(db, { id: member.id }, { meetingId: later.id, answer: 'coming', via: 'council-area' });
    await answerCouncilInvitation(db, { id: colleague.id }, { meetingId: sooner.id, answer: 'not-coming', via: 'council-area' });

    const listed = await readUpcomingMeetingsWithAnswer(db, member.id);
    const ids = listed.map((m) => m.id);
    expect(ids).not.toContain(cancelled.id);
    expect(ids).not.toContain(draft.id);
    expect(ids).not.toContain(past.id);
    expect(ids.indexOf(sooner.id)).toBeLessThan(ids.indexOf(later.id));
    expect(listed.find((m) => m.id === later.id)).toMatchObject({ title: 'Senere møde', answer: 'coming' });
    // The colleague's answer is theirs, not this member's.
    expect(listed.find((m) => m.id === sooner.id)).toMatchObject({ title: 'Snart møde', answer: null });

    await answerCouncilInvitation(db, { id: member.id }, { meetingId: later.id, answer: 'not-coming', via: 'council-area' });
    expect((await readUpcomingMeetingsWithAnswer(db, member.id)).find((m) => m.id === later.id)?.answer).toBe('not-coming');
    const [entry] = await db
      .select({ changes: auditLog.changes })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'council.rsvp'), eq(auditLog.actorId, member.id)))
      .orderBy(auditLog.createdAt);
    expect(entry.changes).toEqual({ answer: { from: null, to: 'coming' }, via: 'council-area' });
  });
});

describe('the council’s answers on the admin registrations page', () => {
  it('lists every active council member with coming, not coming or no answer, with counts that match the rows', async () => {
    const db = await getDb();
    const meeting = await makeMeeting();
    const coming = [await makeUser('council', { name: 'Anna Kommer' }), await makeUser('council', { name: 'Bo Kommer' })];
    const notComing = await makeUser('council', { name: 'Carl Kommer Ikke' });
    const silent = await makeUser('council', { name: 'Dorte Tavs' });
    const gone = await makeUser('council', { name: 'Erik Deaktiveret' });
    const admin = await makeUser('secretariat', { name: 'Sekretariatet' });
    for (const m of coming) await answerCouncilInvitation(db, { id: m.id }, { meetingId: meeting.id, answer: 'coming', via: 'link' });
    await answerCouncilInvitation(db, { id: notComing.id }, { meetingId: meeting.id, answer: 'not-coming', via: 'link' });
    await answerCouncilInvitation(db, { id: gone.id }, { meetingId: meeting.id, answer: 'coming', via: 'link' });
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, gone.id));
    // An answer to another meeting counts there, not here.
    const other = await makeMeeting();
    await answerCouncilInvitation(db, { id: silent.id }, { meetingId: other.id, answer: 'coming', via: 'link' });

    const { rows, counts } = await readCouncilAnswersForMeeting(db, meeting.id);
    const byName = Object.fromEntries(rows.map((r) => [r.name, r.answer]));
    expect(byName).toMatchObject({ 'Anna Kommer': 'coming', 'Bo Kommer': 'coming', 'Carl Kommer Ikke': 'not-coming', 'Dorte Tavs': null });
    expect(byName).not.toHaveProperty('Erik Deaktiveret');
    expect(byName).not.toHaveProperty('Sekretariatet');
    expect(rows.map((r) => r.userId)).not.toContain(admin.id);
    // The counts are those of the rows shown, whoever else this file made.
    expect(counts).toEqual({
      coming: rows.filter((r) => r.answer === 'coming').length,
      notComing: rows.filter((r) => r.answer === 'not-coming').length,
      noAnswer: rows.filter((r) => r.answer === null).length,
    });
    expect(counts.coming).toBe(2);
    expect(counts.notComing).toBe(1);
    expect(counts.coming + counts.notComing + counts.noAnswer).toBe(rows.length);
  });
});
