// What saving, dispatching and publishing a follow-up share. Every write locks the follow-up row
// first, so a save and a dispatch of the same follow-up happen one after the other, never interleaved.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { followups } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { readFollowupMeeting, type Followup, type FollowupKind } from './queries';

export type FollowupContent = {
  meetingId: string;
  title: string;
  lead?: string;
  body: string;
  /** The briefing's case fields; left as they are when not given. */
  caseNumber?: string;
  summary?: string;
  recommendation?: string;
  /** The version the editor started from; a different one means someone else saved meanwhile. */
  version?: number;
};

/** Creates the follow-up if needed and returns it locked for the rest of the transaction. */
export async function lockFollowup(tx: Tx, meetingId: string, kind: FollowupKind): Promise<Followup> {
  await tx.insert(followups).values({ meetingId, kind }).onConflictDoNothing({ target: [followups.meetingId, followups.kind] });
  const [row] = await tx
    .select()
    .from(followups)
    .where(and(eq(followups.meetingId, meetingId), eq(followups.kind, kind)))
    .for('update');
  return row;
}

/** A briefing the chair was asked to approve, or approved, is no longer approved once its text changes. */
const approvalCleared = {
  approval: 'none',
  approvalRequestedAt: null,
  approvalRequestedById: null,
  approvalDecidedAt: null,
  approvalDecidedById: null,
  approvalComment: null,
} as const;

/**
 * Writes the text into the locked follow-up. A sent briefing or email is a record and stays as
 * sent; a published article may still be corrected. Any change to a briefing that was awaiting or
 * had the chair's approval sets the approval back to 'none': what the chair approved is what is sent.
 */
export async function writeContent(tx: Tx, actor: AuditActor, row: Followup, content: FollowupContent) {
  if (row.status === 'dispatched' && row.kind !== 'article') throw new ActionError('alreadyDispatched');
  if (content.version !== undefined && content.version !== row.version) {
    throw new ActionError('conflict');
  }
  const next = {
    title: content.title,
    lead: content.lead ?? row.lead,
    body: content.body,
    caseNumber: content.caseNumber ?? row.caseNumber,
    summary: content.summary ?? row.summary,
    recommendation: content.recommendation ?? row.recommendation,
  };
  const changes = diffFields(row, next);
  if (Object.keys(changes).length === 0) return row;
  const resetsApproval = row.kind === 'briefing' && (row.approval === 'requested' || row.approval === 'approved');
  const [updated] = await tx
    .update(followups)
    .set({ ...next, ...(resetsApproval ? approvalCleared : {}), version: sql`${followups.version} + 1` })
    .where(eq(followups.id, row.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'followup.save',
    entityType: 'followup',
    entityId: row.id,
    // Only which fields changed: the texts themselves are long and kept on the row.
    changes: {
      kind: row.kind,
      fields: Object.keys(changes),
      ...(resetsApproval ? { approval: { from: row.approval, to: 'none' } } : {}),
    },
  });
  return updated;
}

export async function requireMeeting(db: Db | Tx, meetingId: string) {
  const meeting = await readFollowupMeeting(db, meetingId);
  if (!meeting) throw new ActionError('notFound');
  return meeting;
}
