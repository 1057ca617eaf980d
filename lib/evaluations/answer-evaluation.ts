// Saving an answer from the evaluation link, without signing in: the signed code names the seat,
// the row says whether it may still answer (lib/evaluations/rules.ts). One answer per attendee:
// a second replaces the first (evaluations.attendee_id is unique; an upsert, so two submits at
// once leave one row). The attendee's own answer, not an admin's change: no audit entry.
import 'server-only';
import { sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { evaluations } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { readEvaluationCode } from './evaluation-code';
import { readEvaluationTarget } from './queries';
import { evaluationRefusal } from './rules';
import type { AnswerEvaluationInput } from './schema';

export async function answerEvaluation(db: DbOrTx, input: AnswerEvaluationInput, { now = new Date() } = {}) {
  const attendeeId = readEvaluationCode(input.code);
  if (!attendeeId) throw new ActionError('invalid');
  const target = await readEvaluationTarget(db, attendeeId);
  const refusal = evaluationRefusal(target?.attendee, target?.meeting, now);
  if (refusal || !target) throw new ActionError(refusal ?? 'invalid');
  const values = { usefulness: input.usefulness, suggestion: input.suggestion, answeredAt: now };
  const [row] = await db
    .insert(evaluations)
    .values({ meetingId: target.meeting.id, attendeeId, ...values })
    .onConflictDoUpdate({
      target: evaluations.attendeeId,
      // A changed suggestion is a new text: a theme made of the old one no longer speaks for it.
      set: {
        ...values,
        suggestedThemeId: sql`case when ${evaluations.suggestion} is not distinct from ${values.suggestion} then ${evaluations.suggestedThemeId} else null end`,
      },
    })
    .returning();
  return { evaluationId: row.id, replaced: target.answer !== null };
}
