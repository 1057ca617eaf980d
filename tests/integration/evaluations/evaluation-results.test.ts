// What the secretariat and the council see of the evaluations: answers of asked, the average and
// the distribution against the rows, the suggestions without names; the one click that makes a
// suggestion a theme (once, even clicked twice at once); and the participant email carrying each
// recipient's own working link in the outbox rows.
import { eq, inArray } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { attendees, auditLog, emailOutbox, evaluations, themes } from '@/db/schema';
import { answerEvaluation } from '@/lib/evaluations/answer-evaluation';
import { evaluationCode } from '@/lib/evaluations/evaluation-code';
import { readEvaluationAverages, readEvaluationLanding, readEvaluationResults } from '@/lib/evaluations/queries';
import { suggestThemeFromEvaluation } from '@/lib/evaluations/suggest-theme';
import { dispatchParticipantEmail } from '@/lib/followups/dispatch-participant-email';
import { sendParticipantEmailTest } from '@/lib/followups/send-participant-email-test';
import { pruneExpiredData } from '@/lib/retention/prune-expired-data';
import { makeUser } from '../../support/fixtures';
import { actorFrom, makeHeldMeeting } from '../../support/fixtures-followups';

async function seatsOf(meetingId: string) {
  const db = await getDb();
  return db.select().from(attendees).where(eq(attendees.meetingId, meetingId)).orderBy(attendees.createdAt, attendees.id);
}

describe('the evaluation results', () => {
  it('counts answers of those asked, with the average and the distribution of the rows', async () => {
    const { meeting } = await makeHeldMeeting({ people: [{}, {}, {}, {}, { status: 'cancelled' }] });
    const db = await getDb();
    const seats = (await seatsOf(meeting.id)).filter((s) => !s.cancelledAt);
    const scores = [5, 4, 4];
    for (const [i, usefulness] of scores.entries()) {
      await answerEvaluation(db, { code: evaluationCode(seats[i].id), usefulness, suggestion: i === 0 ? 'Digitalisering i små virksomheder' : null });
    }
    // A changed answer counts once, as changed.
    await answerEvaluation(db, { code: evaluationCode(seats[2].id), usefulness: 1, suggestion: null });

    const results = await readEvaluationResults(db, meeting.id);
    const rows = await db.select().from(evaluations).where(eq(evaluations.meetingId, meeting.id));
    expect(results.answers).toBe(rows.length);
    expect(results.answers).toBe(3);
    expect(results.asked).toBe(4);
    expect(results.average).toBeCloseTo(rows.reduce((s, r) => s + r.usefulness, 0) / rows.length, 10);
    expect(results.average).toBeCloseTo(10 / 3, 10);
    expect(results.distribution).toEqual({ 1: 1, 2: 0, 3: 0, 4: 1, 5: 1 });
    expect(results.suggestions).toEqual([{ id: expect.any(String), suggestion: 'Digitalisering i små virksomheder', suggestedThemeId: null }]);
    // Nothing in the results names the person who answered.
    expect(JSON.stringify(results)).not.toContain(seats[0].id);

    const averages = await readEvaluationAverages(db, [meeting.id]);
    expect(averages.get(meeting.id)).toEqual({ average: expect.closeTo(10 / 3, 10), answers: 3 });
  });

  it('keeps a colleague’s answer, without a name, when retention blanks the guest after 180 days', async () => {
    const { meeting } = await makeHeldMeeting({ people: [{}] });
    const db = await getDb();
    const [registrant] = await seatsOf(meeting.id);
    const [colleague] = await db
      .insert(attendees)
      .values({ registrationId: registrant.registrationId, meetingId: meeting.id, name: 'Per Kollega', email: `per-${meeting.id.slice(0, 8)}@firma.test`, position: 1 })
      .returning();
    await answerEvaluation(db, { code: evaluationCode(colleague.id), usefulness: 4, suggestion: 'Mere om eksport' });
    await pruneExpiredData(db, { now: new Date(meeting.startsAt.getTime() + 181 * 24 * 3600_000) });
    const [blanked] = await db.select().from(attendees).where(eq(attendees.id, colleague.id));
    expect(blanked).toMatchObject({ name: '', email: null });
    expect(await readEvaluationResults(db, meeting.id)).toMatchObject({ answers: 1, average: 4, suggestions: [{ suggestion: 'Mere om eksport' }] });
  });

  it('says nobody has answered with no average', async () => {
    const { meeting } = await makeHeldMeeting({ people: [{}] });
    const results = await readEvaluationResults(await getDb(), meeting.id);
    expect(results).toMatchObject({ answers: 0, asked: 1, average: null, suggestions: [] });
  });

  it('makes a suggestion a submitted theme of the secretariat once, even clicked twice at once', async () => {
    const { meeting } = await makeHeldMeeting({ people: [{}] });
    const admin = await makeUser('secretariat');
    const db = await getDb();
    const [seat] = await seatsOf(meeting.id);
    const text = 'Hvordan får vi flere lærlinge i de lokale virksomheder?\nGerne med eksempler fra kommunen.';
    const { evaluationId } = await answerEvaluation(db, { code: evaluationCode(seat.id), usefulness: 4, suggestion: text });

    const clicks = await Promise.all([
      suggestThemeFromEvaluation(db, actorFrom(admin), { evaluationId }),
      suggestThemeFromEvaluation(db, actorFrom(admin), { evaluationId }),
    ]);
    expect(clicks.filter((c) => c.created)).toHaveLength(1);
    expect(clicks[0].themeId).toBe(clicks[1].themeId);
    const again = await suggestThemeFromEvaluation(db, actorFrom(admin), { evaluationId });
    expect(again).toMatchObject({ created: false, themeId: clicks[0].themeId });

    const made = await db.select().from(themes).where(eq(themes.description, text));
    expect(made).toHaveLength(1);
    expect(made[0]).toMatchObject({ title: 'Hvordan får vi flere lærlinge i de lokale virksomheder?', status: 'submitted', proposerId: admin.id, companyId: null });
    const results = await readEvaluationResults(db, meeting.id);
    expect(results.suggestions[0].suggestedThemeId).toBe(made[0].id);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, made[0].id));
    expect(audit).toEqual([expect.objectContaining({ action: 'theme.from-evaluation', entityType: 'theme', actorId: admin.id })]);
  });

  it('gives each participant their own working link in the outbox rows, and the test a sample', async () => {
    const { meeting, people } = await makeHeldMeeting({ people: [{ locale: 'da' }, { locale: 'en' }, { locale: 'da' }] });
    const admin = await makeUser('secretariat');
    const db = await getDb();
    const { followupId } = await dispatchParticipantEmail(db, actorFrom(admin), { meetingId: meeting.id, title: 'Tak for mødet', body: 'Tak.' });
    const rows = await db.select().from(emailOutbox).where(eq(emailOutbox.followupId, followupId));
    expect(rows).toHaveLength(3);
    const seats = await seatsOf(meeting.id);
    const seen = new Set<string>();
    for (const row of rows) {
      expect(row.html).not.toContain('evaluation.invalid');
      expect(row.text).not.toContain('evaluation.invalid');
      const href = row.html.match(/href="([^"]*\/evaluation\?code=[^"]+)"/)![1].replace(/&amp;/g, '&');
      const url = new URL(href);
      const person = people.find((p) => p.user.email.toLowerCase() === row.toEmail)!;
      expect(url.pathname).toBe(person.locale === 'en' ? '/en/evaluation' : '/evaluation');
      expect(row.text).toContain(href);
      // The link opens this person's own seat, and answering it saves their answer.
      const code = url.searchParams.get('code')!;
      const seat = seats.find((s) => s.userId === person.user.id)!;
      expect(code).toBe(evaluationCode(seat.id));
      expect((await readEvaluationLanding(db, code)).state).toBe('open');
      seen.add(code);
      // Bulk rules kept: the idempotency key and the unsubscribe link are the recipient's own.
      expect(row.idempotencyKey).toBe(`participant-followup:${followupId}:${row.toEmail}`);
      expect(row.headers).toHaveProperty('List-Unsubscribe');
    }
    expect(seen.size).toBe(3);
    const [first] = rows;
    await answerEvaluation(db, { code: new URL(first.html.match(/href="([^"]*\/evaluation\?code=[^"]+)"/)![1].replace(/&amp;/g, '&')).searchParams.get('code')!, usefulness: 5, suggestion: null });
    const saved = await db.select().from(evaluations).where(inArray(evaluations.attendeeId, seats.map((s) => s.id)));
    expect(saved).toHaveLength(1);

    const other = await makeHeldMeeting({ people: [{}] });
    await sendParticipantEmailTest(db, actorFrom(admin), { meetingId: other.meeting.id, title: 'Prøve', body: 'Tak.' });
    const [test] = await db.select().from(emailOutbox).where(eq(emailOutbox.kind, 'participant-followup-test'));
    expect(test.html).toContain('/evaluation?code=eksempel');
    expect(test.text).toContain('I testen er linket et eksempel');
  });
});
