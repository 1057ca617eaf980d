// Merging a theme into another: one transaction with its audit entry and the proposer's email,
// queued in the outbox (see moderation-emails.ts). The merge names the version it was made on, so
// two moderators never silently overrule each other.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { themes, themeSupports } from '@/db/schema';
import { conflict, fieldRefusal } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { cacheTags } from '@/lib/cache/tags';
import { queueThemeDecisionEmail } from './moderation-emails';
import { noticeThemeMerged } from './theme-step-notices';
import { allowedFrom, loadForDecision, type ModerationResult } from './theme-decisions';

/**
 * Merges a theme into another: its supports move to the target (a company that supported both
 * keeps one support), the proposer's company supports the target, and themes merged into the
 * source earlier now point at the target too.
 */
export async function mergeTheme(
  db: DbOrTx,
  actor: AuditActor,
  input: { themeId: string; version: number; targetId: string; answer?: string | null },
): Promise<ModerationResult & { movedSupports: number }> {
  if (input.themeId === input.targetId) fieldRefusal({ targetId: 'admin.mergeIntoItself' });
  const answer = input.answer?.trim() || null;
  const { source, target, movedSupports, queuedEmails } = await db.transaction(async (tx) => {
    const source = await loadForDecision(tx, input.themeId, input.version);
    if (!allowedFrom.merge.includes(source.status)) throw new ActionError('wrongStatus');
    const [target] = await tx.select().from(themes).where(eq(themes.id, input.targetId)).for('update');
    if (!target || !['submitted', 'accepted'].includes(target.status)) fieldRefusal({ targetId: 'admin.mergeTargetInvalid' });

    const supports = await tx.select().from(themeSupports).where(eq(themeSupports.themeId, source.id));
    const incoming = supports.map((s) => ({ themeId: target.id, companyId: s.companyId, userId: s.userId, createdAt: s.createdAt }));
    if (source.companyId && !supports.some((s) => s.companyId === source.companyId)) {
      incoming.push({ themeId: target.id, companyId: source.companyId, userId: source.proposerId, createdAt: source.createdAt });
    }
    const moved = incoming.length
      ? await tx.insert(themeSupports).values(incoming).onConflictDoNothing().returning({ companyId: themeSupports.companyId })
      : [];
    await tx.delete(themeSupports).where(eq(themeSupports.themeId, source.id));
    await tx.update(themes).set({ mergedIntoId: target.id }).where(eq(themes.mergedIntoId, source.id));

    const [merged] = await tx
      .update(themes)
      .set({
        status: 'merged',
        mergedIntoId: target.id,
        moderatorAnswer: answer,
        decidedById: actor.id,
        decidedAt: new Date(),
        version: sql`${themes.version} + 1`,
      })
      .where(and(eq(themes.id, source.id), eq(themes.version, source.version)))
      .returning();
    if (!merged) conflict();
    await recordAudit(tx, actor, {
      action: 'theme.merge',
      entityType: 'theme',
      entityId: source.id,
      changes: {
        status: { from: source.status, to: 'merged' },
        mergedIntoId: { from: source.mergedIntoId, to: target.id },
        supportsMoved: { from: supports.length, to: moved.length },
        ...(answer ? { moderatorAnswer: { from: source.moderatorAnswer, to: answer } } : {}),
      },
    });
    const queuedEmails =
      (await queueThemeDecisionEmail(tx, { kind: 'merged', theme: merged, note: answer, target })) + (await noticeThemeMerged(tx, merged, target.id));
    return { source: merged, target, movedSupports: moved.length, queuedEmails };
  });
  return { themeIds: [source.id, target.id], movedSupports, cacheTags: [cacheTags.themes, cacheTags.meetings], queuedEmails };
}
