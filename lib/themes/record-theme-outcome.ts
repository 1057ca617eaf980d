// What came of a theme, written by the secretariat after the meeting (e.g. what Økonomiudvalget
// decided, with the case number it was decided under): the last step of the theme's trail. Named
// by the version the secretariat saw (two people never silently overwrite each other), audit-logged,
// and its followers are emailed in the same transaction: once when the outcome is first written,
// and again for each later change of its wording.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { themes, themeStepNotices } from '@/db/schema';
import { conflict, notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { cacheTags } from '@/lib/cache/tags';
import { noticeThemeStep } from './theme-step-notices';

export type ThemeOutcomeInput = { themeId: string; version: number; outcome: string | null; caseNumber: string | null };

export async function recordThemeOutcome(db: DbOrTx, actor: AuditActor, input: ThemeOutcomeInput, { now = new Date() } = {}) {
  return db.transaction(async (tx) => {
    const [theme] = await tx.select().from(themes).where(eq(themes.id, input.themeId)).for('update');
    if (!theme) notFound();
    if (theme.version !== input.version) conflict();
    // Only a theme the forum took up has an outcome (a merged theme's outcome is its target's).
    if (theme.status !== 'accepted') throw new ActionError('wrongStatus');
    const outcome = input.outcome?.trim() || null;
    const caseNumber = outcome ? input.caseNumber?.trim() || null : null;
    if (outcome === theme.outcome && caseNumber === theme.outcomeCaseNumber) return { changed: false, queuedEmails: 0, cacheTags: [] as string[] };

    const [updated] = await tx
      .update(themes)
      .set({
        outcome,
        outcomeCaseNumber: caseNumber,
        // The step's date is when the outcome was first written; a correction keeps it.
        outcomeAt: outcome ? (theme.outcomeAt ?? now) : null,
        outcomeById: outcome ? actor.id : null,
        version: sql`${themes.version} + 1`,
      })
      .where(and(eq(themes.id, theme.id), eq(themes.version, theme.version)))
      .returning();
    if (!updated) conflict();
    await recordAudit(tx, actor, {
      action: 'theme.outcome',
      entityType: 'theme',
      entityId: theme.id,
      changes: {
        ...(outcome !== theme.outcome ? { outcome: { from: theme.outcome, to: outcome } } : {}),
        ...(caseNumber !== theme.outcomeCaseNumber ? { outcomeCaseNumber: { from: theme.outcomeCaseNumber, to: caseNumber } } : {}),
      },
    });
    let queuedEmails = 0;
    if (outcome && outcome !== theme.outcome) {
      const [told] = await tx
        .select({ key: themeStepNotices.stepKey })
        .from(themeStepNotices)
        .where(and(eq(themeStepNotices.themeId, theme.id), eq(themeStepNotices.stepKey, 'outcome')));
      queuedEmails = await noticeThemeStep(tx, theme.id, told ? `outcome:v${updated.version}` : 'outcome', { now });
    }
    return { changed: true, queuedEmails, cacheTags: [cacheTags.themes] };
  });
}
