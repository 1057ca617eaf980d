// What every moderation decision on a theme shares: from which statuses it may be taken, loading
// the theme at the version the moderator saw (two moderators never silently overrule each other),
// writing an accept or reject with its audit entry, and the result the actions report.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { themes } from '@/db/schema';
import { conflict, fieldRefusal, notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';

export type Theme = typeof themes.$inferSelect;
export type Decision = 'accept' | 'reject';

export type ModerationResult = { themeIds: string[]; cacheTags: string[]; queuedEmails: number };

export const kindOf = (decision: Decision) => (decision === 'accept' ? 'accepted' : 'rejected');

/** From which statuses a decision may be taken. */
export const allowedFrom: Record<Decision | 'merge', Theme['status'][]> = {
  accept: ['submitted', 'rejected'],
  reject: ['submitted', 'accepted'],
  merge: ['submitted', 'accepted'],
};

export async function loadForDecision(tx: Tx, themeId: string, version: number) {
  const [theme] = await tx.select().from(themes).where(eq(themes.id, themeId)).for('update');
  if (!theme) notFound();
  if (theme.version !== version) conflict();
  return theme;
}

export async function applyDecision(tx: Tx, actor: AuditActor, theme: Theme, decision: Decision, answer: string | null) {
  if (!allowedFrom[decision].includes(theme.status)) throw new ActionError('wrongStatus');
  const status = decision === 'accept' ? 'accepted' : 'rejected';
  const [updated] = await tx
    .update(themes)
    .set({
      status,
      moderatorAnswer: answer,
      decidedById: actor.id,
      decidedAt: new Date(),
      version: sql`${themes.version} + 1`,
    })
    .where(and(eq(themes.id, theme.id), eq(themes.version, theme.version)))
    .returning();
  if (!updated) conflict();
  await recordAudit(tx, actor, {
    action: `theme.${decision}`,
    entityType: 'theme',
    entityId: theme.id,
    changes: {
      status: { from: theme.status, to: status },
      ...(answer !== theme.moderatorAnswer ? { moderatorAnswer: { from: theme.moderatorAnswer, to: answer } } : {}),
    },
  });
  return updated;
}

export function requireReason(decision: Decision, answer: string | null | undefined) {
  const reason = answer?.trim() || null;
  if (decision === 'reject' && !reason) fieldRefusal({ answer: 'admin.reasonRequired' });
  return reason;
}
