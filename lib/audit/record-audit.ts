// Writes one audit entry. Called inside the same transaction as the change it records, so an
// admin mutation and its entry are saved together or not at all.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';

export type AuditActor = { id: string; email: string };

export type AuditEntry = {
  /** verb.noun, e.g. 'theme.accept', 'meeting.update', 'user.role-change'. */
  action: string;
  entityType: string;
  entityId?: string | null;
  /** The fields that changed, e.g. { status: { from: 'submitted', to: 'accepted' } }. */
  changes?: Record<string, unknown>;
};

export async function recordAudit(db: DbOrTx, actor: AuditActor, entry: AuditEntry) {
  await db.insert(auditLog).values({
    actorId: actor.id,
    actorEmail: actor.email,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    changes: entry.changes ?? null,
  });
}

/** The changed fields between two versions of a record, as { field: { from, to } }. */
export function diffFields<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    const a = before[key];
    const b = after[key];
    const same = a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b;
    if (!same) changes[key as string] = { from: a ?? null, to: b ?? null };
  }
  return changes;
}
