// Reads for the evaluation after a meeting, nothing that writes (a mail scanner opens links):
// what the link's page shows, the results on the follow-up page (never who answered what), and the
// averages per meeting for the council's statistics and the briefing's facts.
import 'server-only';
import { and, asc, avg, count, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { evaluations } from '@/db/schema';
import { readParticipantRecipients } from '@/lib/followups/queries';
import { readReleaseTarget } from '@/lib/attendees/release-queries';
import { readEvaluationCode } from './evaluation-code';
import { evaluationClosesAt, evaluationRefusal, summariseUsefulness, type EvaluationRefusal } from './rules';

/** The seat a code names, its meeting and its saved answer (if any). */
export async function readEvaluationTarget(db: DbOrTx, attendeeId: string) {
  const target = await readReleaseTarget(db, attendeeId);
  if (!target) return null;
  const [answer] = await db
    .select({ usefulness: evaluations.usefulness, suggestion: evaluations.suggestion, answeredAt: evaluations.answeredAt })
    .from(evaluations)
    .where(eq(evaluations.attendeeId, attendeeId));
  return { ...target, answer: answer ?? null };
}

export type EvaluationLanding =
  | { state: 'invalid' }
  | {
      state: 'open' | Exclude<EvaluationRefusal, 'invalid'>;
      meeting: { title: string; startsAt: Date; place: string };
      closesAt: Date;
      answer: { usefulness: number; suggestion: string | null } | null;
    };

export async function readEvaluationLanding(db: DbOrTx, code: string | undefined, now = new Date()): Promise<EvaluationLanding> {
  const attendeeId = readEvaluationCode(code);
  const target = attendeeId ? await readEvaluationTarget(db, attendeeId) : null;
  const refusal = evaluationRefusal(target?.attendee, target?.meeting, now);
  if (!target || refusal === 'invalid') return { state: 'invalid' };
  const { meeting, answer } = target;
  return {
    state: refusal ?? 'open',
    meeting: { title: meeting.title, startsAt: meeting.startsAt, place: meeting.place },
    closesAt: evaluationClosesAt(meeting),
    answer: answer ? { usefulness: answer.usefulness, suggestion: answer.suggestion } : null,
  };
}

/** The results of one meeting for the follow-up page: counts and suggestions, with no names. */
export async function readEvaluationResults(db: DbOrTx, meetingId: string) {
  const [scores, suggestions, asked] = await Promise.all([
    db
      .select({ usefulness: evaluations.usefulness, count: count() })
      .from(evaluations)
      .where(eq(evaluations.meetingId, meetingId))
      .groupBy(evaluations.usefulness),
    db
      .select({ id: evaluations.id, suggestion: evaluations.suggestion, suggestedThemeId: evaluations.suggestedThemeId })
      .from(evaluations)
      .where(and(eq(evaluations.meetingId, meetingId), isNotNull(evaluations.suggestion)))
      // Newest first, by when the answer was given (the id says nothing about who).
      .orderBy(desc(evaluations.answeredAt), asc(evaluations.id)),
    // Those the participant email goes to, each with their own link.
    readParticipantRecipients(db, meetingId).then((r) => r.length),
  ]);
  return { ...summariseUsefulness(scores), asked, suggestions: suggestions.map((s) => ({ ...s, suggestion: s.suggestion! })) };
}

export type EvaluationResults = Awaited<ReturnType<typeof readEvaluationResults>>;

/** Average usefulness and number of answers per meeting, for the meetings given. */
export async function readEvaluationAverages(db: DbOrTx, meetingIds: string[]) {
  if (meetingIds.length === 0) return new Map<string, { average: number; answers: number }>();
  const rows = await db
    .select({ meetingId: evaluations.meetingId, average: avg(evaluations.usefulness), answers: count() })
    .from(evaluations)
    .where(inArray(evaluations.meetingId, meetingIds))
    .groupBy(evaluations.meetingId);
  return new Map(rows.map((r) => [r.meetingId, { average: Number(r.average), answers: r.answers }]));
}

/** One meeting's average for the briefing's facts; null before anyone answered. */
export async function readEvaluationFact(db: DbOrTx, meetingId: string) {
  return (await readEvaluationAverages(db, [meetingId])).get(meetingId) ?? null;
}

