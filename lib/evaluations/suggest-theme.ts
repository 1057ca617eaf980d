// The secretariat's one click that makes an evaluation's suggestion a theme. The theme is the
// secretariat's own (no company), and it waits as submitted in the moderation queue like every
// proposal: the suggestion is an attendee's free text, so it is worded for the public there
// before anyone outside the secretariat reads it. Once only: the evaluation row is locked and
// names its theme, so a second click (or two at once) finds it and makes no second theme.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { evaluations, meetings, themes } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { themeTitleFrom } from './rules';

/** The category a theme from an evaluation starts in; the moderator may see it otherwise. */
const CATEGORY = 'local' as const;

export async function suggestThemeFromEvaluation(db: Db, actor: AuditActor, input: { evaluationId: string }, { now = new Date() } = {}) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ evaluation: evaluations, meetingTitle: meetings.title })
      .from(evaluations)
      .innerJoin(meetings, eq(meetings.id, evaluations.meetingId))
      .where(eq(evaluations.id, input.evaluationId))
      .for('update', { of: evaluations });
    if (!row) throw new ActionError('notFound');
    const { evaluation } = row;
    if (evaluation.suggestedThemeId) return { themeId: evaluation.suggestedThemeId, created: false, meetingId: evaluation.meetingId };
    const suggestion = evaluation.suggestion?.trim();
    if (!suggestion) throw new ActionError('noSuggestion');
    const [theme] = await tx
      .insert(themes)
      .values({ title: themeTitleFrom(suggestion), description: suggestion, category: CATEGORY, status: 'submitted', proposerId: actor.id, createdAt: now })
      .returning({ id: themes.id });
    await tx.update(evaluations).set({ suggestedThemeId: theme.id }).where(eq(evaluations.id, evaluation.id));
    await recordAudit(tx, actor, {
      action: 'theme.from-evaluation',
      entityType: 'theme',
      entityId: theme.id,
      changes: { meetingId: evaluation.meetingId, meeting: row.meetingTitle },
    });
    return { themeId: theme.id, created: true, meetingId: evaluation.meetingId };
  });
}
