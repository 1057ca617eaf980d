// Accepting or rejecting one theme: one transaction with its audit entry and the proposer's
// email, queued in the outbox (see moderation-emails.ts).
import 'server-only';
import type { DbOrTx } from '@/db/client';
import type { AuditActor } from '@/lib/audit/record-audit';
import { cacheTags } from '@/lib/cache/tags';
import { queueThemeDecisionEmail } from './moderation-emails';
import { noticeThemeDecided } from './theme-step-notices';
import { applyDecision, kindOf, loadForDecision, requireReason, type Decision, type ModerationResult } from './theme-decisions';

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
    const queuedEmails =
      (await queueThemeDecisionEmail(tx, { kind: kindOf(input.decision), theme, note: answer })) + (await noticeThemeDecided(tx, theme));
    return { theme, queuedEmails };
  });
  return { themeIds: [theme.id], cacheTags: [cacheTags.themes, cacheTags.meetings], queuedEmails };
}
