// The chair sends the briefing back to the secretariat with a comment saying what to change.
import 'server-only';
import type { Db } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import type { AuditActor } from '@/lib/audit/record-audit';
import { decideBriefingApproval } from './decide-briefing-approval';

export async function returnBriefing(
  db: Db,
  actor: AuditActor,
  input: { followupId: string; version: number; comment: string },
  { now = new Date() } = {},
) {
  if (!input.comment.trim()) throw new ActionError('commentRequired', { comment: [{ key: 'required' }] });
  return decideBriefingApproval(db, actor, 'returned', input, now);
}
