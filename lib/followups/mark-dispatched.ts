// The moment a follow-up goes out: its state, who sent it, and the audit entry, in the caller's
// transaction together with the emails it queued.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { followups } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { isHeld } from '@/lib/meetings/meeting-phase';
import type { FollowupMeeting, Followup } from './queries';

/** A follow-up tells what happened at a meeting, so the meeting must have taken place. */
export function requireHeld(meeting: FollowupMeeting, now: Date) {
  if (!isHeld(meeting, now)) throw new ActionError('notHeld');
}

export async function markDispatched(tx: Tx, actor: AuditActor, row: Followup, now: Date, details: Record<string, unknown>) {
  const [updated] = await tx
    .update(followups)
    .set({ status: 'dispatched', dispatchedAt: now, dispatchedById: actor.id, unpublishedAt: null })
    .where(eq(followups.id, row.id))
    .returning();
  await recordAudit(tx, actor, {
    action: 'followup.dispatch',
    entityType: 'followup',
    entityId: row.id,
    changes: { kind: row.kind, status: { from: row.status, to: 'dispatched' }, ...details },
  });
  return updated;
}
