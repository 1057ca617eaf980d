// Reads of the audit log for /admin/audit: newest first, filtered, a page at a time. The app
// only ever reads and appends this table.
import 'server-only';
import { and, desc, eq, gte, ilike, lt, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';

export type AuditFilters = {
  action?: string;
  entityType?: string;
  actor?: string;
  entityId?: string;
  from?: Date;
  /** Exclusive: entries before this instant. */
  to?: Date;
  /** Entries older than this id (the next page). */
  before?: number;
};

export const AUDIT_PAGE_SIZE = 50;

export async function readAuditLog(db: DbOrTx, filters: AuditFilters, limit = AUDIT_PAGE_SIZE) {
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.actor?.trim()) {
    conditions.push(ilike(auditLog.actorEmail, `%${filters.actor.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  }
  if (filters.from) conditions.push(gte(auditLog.createdAt, filters.from));
  if (filters.to) conditions.push(lt(auditLog.createdAt, filters.to));
  if (filters.before) conditions.push(lt(auditLog.id, filters.before));
  const rows = await db
    .select()
    .from(auditLog)
    .where(conditions.length ? and(...conditions) : undefined)
    // Ids grow with every insert: newest first, and a stable cursor for the next page.
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  return { entries: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** The actions and entity types that occur, for the filter menus. */
export async function readAuditFacets(db: DbOrTx) {
  const rows = await db
    .select({ action: auditLog.action, entityType: auditLog.entityType, n: sql<number>`count(*)::int` })
    .from(auditLog)
    .groupBy(auditLog.action, auditLog.entityType)
    .orderBy(auditLog.action);
  return {
    actions: [...new Set(rows.map((r) => r.action))].sort(),
    entityTypes: [...new Set(rows.map((r) => r.entityType))].sort(),
  };
}
