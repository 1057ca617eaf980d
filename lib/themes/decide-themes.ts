// Deciding several submitted themes at once with one answer, in one transaction; each proposer
// gets their email, queued in the outbox (see moderation-emails.ts).
import 'server-only';
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { themes } from '@/db/schema';
import type { AuditActor } from '@/lib/audit/record-audit';
import { cacheTags } from '@/lib/cache/tags';
import { queueThemeDecisionEmail } from './moderation-emails';
import { noticeThemeDecided } from './theme-step-notices';
import { applyDecision, kindOf, requireReason, type Decision, type ModerationResult, type Theme } from './theme-decisions';

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
      queuedEmails += await noticeThemeDecided(tx, updated);
    }
    return { decided, skipped, queuedEmails };
  });
  return { themeIds: decided.map((t) => t.id), skipped, cacheTags: [cacheTags.themes, cacheTags.meetings], queuedEmails };
}
