// Answering the evaluation through the link in the participant email, without signing in: one
// answer per attendee (a second replaces the first), the page shows the saved answer, and a
// forged, damaged or other-purpose code, a seat given up, a cancelled meeting or a closed
// evaluation is refused and saves nothing.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attendees, evaluations, meetings } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { releaseCode, ticketCode } from '@/lib/attendees/ticket-code';
import { answerEvaluation } from '@/lib/evaluations/answer-evaluation';
import { evaluationCode, evaluationUrl } from '@/lib/evaluations/evaluation-code';
import { readEvaluationLanding } from '@/lib/evaluations/queries';
import { answerEvaluationForm } from '@/lib/evaluations/schema';
import { signCode } from '@/lib/security/signed-token';
import { makeHeldMeeting } from '../../support/fixtures-followups';

const day = 24 * 3600_000;

async function refusalOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ActionError) return error.key;
    throw error;
  }
  return 'saved';
}

/** A meeting held three days ago with two companies that came; their registrants' seats. */
async function heldMeetingWithSeats() {
  const held = await makeHeldMeeting({ people: [{}, {}] });
  const db = await getDb();
  const seats = await db.select().from(attendees).where(eq(attendees.meetingId, held.meeting.id)).orderBy(attendees.createdAt, attendees.id);
  return { ...held, seats };
}

async function answersFor(meetingId: string) {
  const db = await getDb();
  return db.select().from(evaluations).where(eq(evaluations.meetingId, meetingId));
}

const answer = (code: string, usefulness: number, suggestion: string | null = null) => ({ code, usefulness, suggestion });

describe('answering the evaluation', () => {
  it('saves one answer per attendee, and a second answer replaces the first', async () => {
    const { meeting, seats } = await heldMeetingWithSeats();
    const db = await getDb();
    const code = evaluationCode(seats[0].id);
    expect(await answerEvaluation(db, answer(code, 3, 'Mere om kompetencer'))).toMatchObject({ replaced: false });
    expect(await answerEvaluation(db, answer(code, 5, 'Mere om grøn omstilling'))).toMatchObject({ replaced: true });
    await answerEvaluation(db, answer(evaluationCode(seats[1].id), 2));
    const rows = await answersFor(meeting.id);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.attendeeId === seats[0].id)).toMatchObject({ usefulness: 5, suggestion: 'Mere om grøn omstilling' });
    expect(rows.find((r) => r.attendeeId === seats[1].id)).toMatchObject({ usefulness: 2, suggestion: null });
  });

  it('leaves one row when the same attendee submits twice at once', async () => {
    const { meeting, seats } = await heldMeetingWithSeats();
    const db = await getDb();
    const code = evaluationCode(seats[0].id);
    await Promise.all([answerEvaluation(db, answer(code, 4)), answerEvaluation(db, answer(code, 1))]);
    expect(await answersFor(meeting.id)).toHaveLength(1);
  });

  it('opens without saving anything and shows the saved answer when opened again', async () => {
    const { meeting, seats } = await heldMeetingWithSeats();
    const db = await getDb();
    const code = evaluationCode(seats[0].id);
    const first = await readEvaluationLanding(db, code);
    expect(first).toMatchObject({ state: 'open', answer: null, meeting: { title: meeting.title } });
    expect(await answersFor(meeting.id)).toHaveLength(0);
    await answerEvaluation(db, answer(code, 4, 'Letbanen'));
    expect(await readEvaluationLanding(db, code)).toMatchObject({ state: 'open', answer: { usefulness: 4, suggestion: 'Letbanen' } });
  });

  it('refuses forged and damaged codes, and codes made for a ticket or a release link', async () => {
    const { meeting, seats } = await heldMeetingWithSeats();
    const db = await getDb();
    const good = evaluationCode(seats[0].id);
    const codes = {
      forged: `${Buffer.from(seats[0].id).toString('base64url')}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`,
      damaged: good.slice(0, -3) + (good.endsWith('A') ? 'BBB' : 'AAA'),
      truncated: good.slice(0, good.indexOf('.')),
      ticket: ticketCode(seats[0]),
      release: releaseCode(seats[0]),
      // The bare attendee id signed for another purpose is still not an evaluation code.
      otherPurpose: signCode('ticket', seats[0].id),
      empty: '',
    };
    for (const [name, code] of Object.entries(codes)) {
      expect({ name, refusal: await refusalOf(answerEvaluation(db, answer(code, 5))) }).toEqual({ name, refusal: 'invalid' });
      expect({ name, landing: (await readEvaluationLanding(db, code)).state }).toEqual({ name, landing: 'invalid' });
    }
    expect(await answersFor(meeting.id)).toHaveLength(0);
  });

  it('refuses a seat given up before the meeting and a cancelled meeting', async () => {
    const { meeting, seats } = await heldMeetingWithSeats();
    const db = await getDb();
    await db.update(attendees).set({ cancelledAt: new Date(meeting.startsAt.getTime() - day) }).where(eq(attendees.id, seats[0].id));
    expect(await refusalOf(answerEvaluation(db, answer(evaluationCode(seats[0].id), 5)))).toBe('cancelledSeat');
    expect((await readEvaluationLanding(db, evaluationCode(seats[0].id))).state).toBe('cancelledSeat');

    const other = await heldMeetingWithSeats();
    await db.update(meetings).set({ status: 'cancelled' }).where(eq(meetings.id, other.meeting.id));
    expect(await refusalOf(answerEvaluation(db, answer(evaluationCode(other.seats[0].id), 5)))).toBe('meetingCancelled');
    expect(await answersFor(meeting.id)).toHaveLength(0);
    expect(await answersFor(other.meeting.id)).toHaveLength(0);
  });

  it('closes 60 days after the meeting, and says so', async () => {
    const { meeting, seats } = await heldMeetingWithSeats();
    const db = await getDb();
    const code = evaluationCode(seats[0].id);
    const lastDay = new Date(meeting.startsAt.getTime() + 60 * day - 60_000);
    const afterwards = new Date(meeting.startsAt.getTime() + 60 * day + 60_000);
    expect(await refusalOf(answerEvaluation(db, answer(code, 4), { now: lastDay }))).toBe('saved');
    expect(await refusalOf(answerEvaluation(db, answer(code, 1), { now: afterwards }))).toBe('closed');
    const landing = await readEvaluationLanding(db, code, afterwards);
    expect(landing).toMatchObject({ state: 'closed', closesAt: new Date(meeting.startsAt.getTime() + 60 * day) });
    expect((await answersFor(meeting.id))[0]).toMatchObject({ usefulness: 4 });
  });

  it('refuses a meeting not yet held', async () => {
    const { meeting, seats } = await heldMeetingWithSeats();
    const db = await getDb();
    const before = new Date(meeting.startsAt.getTime() - day);
    expect(await refusalOf(answerEvaluation(db, answer(evaluationCode(seats[0].id), 4), { now: before }))).toBe('notHeld');
  });

  it('validates the form: a score 1–5 is required, the suggestion is optional and capped', () => {
    const code = 'x.y';
    expect(answerEvaluationForm.safeParse({ code, usefulness: '4', suggestion: '' }).data).toEqual({ code, usefulness: 4, suggestion: null });
    expect(answerEvaluationForm.safeParse({ code }).error?.issues[0]).toMatchObject({ path: ['usefulness'], message: 'choice' });
    expect(answerEvaluationForm.safeParse({ code, usefulness: '6' }).success).toBe(false);
    expect(answerEvaluationForm.safeParse({ code, usefulness: '0' }).success).toBe(false);
    expect(answerEvaluationForm.safeParse({ code, usefulness: '3', suggestion: 'x'.repeat(1001) }).success).toBe(false);
  });

  it('links to the page in the attendee’s language', () => {
    const id = '00000000-0000-4000-8000-000000000001';
    expect(new URL(evaluationUrl(id, 'da')).pathname).toBe('/evaluation');
    expect(new URL(evaluationUrl(id, 'en')).pathname).toBe('/en/evaluation');
  });
});
