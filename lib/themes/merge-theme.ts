// Moderation of themes: accept, reject with a reason, merge into another theme, and bulk
// decisions. Each decision is one transaction with its audit entry and the proposer's email,
// queued in the outbox (see moderation-emails.ts). A decision names the version it was made on, so
// two moderators never silently overrule each other.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { themes, themeSupports } from '@/db/schema';
import { conflict, fieldRefusal, notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { cacheTags } from '@/lib/cache/tags';
import { queueThemeDecisionEmail } from './moderation-emails';

type Theme = typeof themes.$inferSelect;
type Decision = 'accept' | 'reject';

export type ModerationResult = { themeIds: string[]; cacheTags: string[]; queuedEmails: number };

const kindOf = (decision: Decision) => (decision === 'accept' ? 'accepted' : 'rejected');

/** From which statuses a decision may be taken. */
const allowedFrom: Record<Decision | 'merge', Theme['status'][]> = {
  accept: ['submitted', 'rejected'],
  reject: ['submitted', 'accepted'],
  merge: ['submitted', 'accepted'],
};

async function loadForDecision(tx: Tx, themeId: string, version: number) {
  const [theme] = await tx.select().from(themes).where(eq(themes.id, themeId)).for('update');
  if (!theme) notFound();
  if (theme.version !== version) conflict();
  return theme;
}

async function applyDecision(tx: Tx, actor: AuditActor, theme: Theme, decision: Decision, answer: string | null) {
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

function requireReason(decision: Decision, answer: string | null | undefined) {
  const reason = answer?.trim() || null;
  if (decision === 'reject' && !reason) fieldRefusal({ answer: 'admin.reasonRequired' });
  return reason;
}

/** Accepts or rejects one theme; a rejection needs a reason, which the proposer sees. */
export async function decideTheme(
  db: DbOrTx,
  actor: AuditActor,
  input: { themeId: string; version: number; decision: Decision; answer?: string | null },
): Promise<ModerationResult> {
  const answer = requireReason(input.decision, input.answer);
  const { theme, queuedEmails } = await db.transaction(async (tx) => {
    const current = await loadForDecision(tx, input.themeId, input.version);
    const theme = await applyDecision(tx, actor, current, input.decision, answer);
    const queuedEmails = await queueThemeDecisionEmail(tx, { kind: kindOf(input.decision), theme, note: answer });
    return { theme, queuedEmails };
  });
  return { themeIds: [theme.id], cacheTags: [cacheTags.themes, cacheTags.meetings], queuedEmails };
}

/**
 * Decides several submitted themes at once with one answer. Themes that are no longer
 * submitted (someone decided them meanwhile) are left alone and reported as skipped.
 */
export async function decideThemes(
  db: DbOrTx,
  actor: AuditActor,
  input: { themeIds: string[]; decision: Decision; answer?: string | null },
): Promise<ModerationResult & { skipped: string[] }> {
  const answer = requireReason(input.decision, input.answer);
  const { decided, skipped, queuedEmails } = await db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(themes)
      .where(inArray(themes.id, input.themeIds))
      .orderBy(themes.createdAt)
      .for('update');
    const decided: Theme[] = [];
    const skipped: string[] = [];
    let queuedEmails = 0;
    for (const theme of rows) {
      if (theme.status !== 'submitted') {
        skipped.push(theme.id);
        continue;
      }
      const updated = await applyDecision(tx, actor, theme, input.decision, answer);
      decided.push(updated);
      queuedEmails += await queueThemeDecisionEmail(tx, { kind: kindOf(input.decision), theme: updated, note: answer });
    }
    return { decided, skipped, queuedEmails };
  });
  return { themeIds: decided.map((t) => t.id), skipped, cacheTags: [cacheTags.themes, cacheTags.meetings], queuedEmails };
}

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
    const queuedEmails = await queueThemeDecisionEmail(tx, { kind: 'merged', theme: merged, note: answer, target });
    return { source: merged, target, movedSupports: moved.length, queuedEmails };
  });
  return { themeIds: [source.id, target.id], movedSupports, cacheTags: [cacheTags.themes, cacheTags.meetings], queuedEmails };
}
