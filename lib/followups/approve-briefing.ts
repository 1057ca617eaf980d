// The chair approves the briefing as it stands; only an approved briefing can be sent, and it
// carries the chair's name as signatory.
import 'server-only';
import type { Db } from '@/db/client';
import type { AuditActor } from '@/lib/audit/record-audit';
import { decideBriefingApproval } from './decide-briefing-approval';

export async function approveBriefing(db: Db, actor: AuditActor, input: { followupId: string; version: number }, { now = new Date() } = {}) {
  return decideBriefingApproval(db, actor, 'approved', input, now);
}
