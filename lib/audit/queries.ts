// Reads of the audit log for /admin/audit: newest first, filtered, a page at a time. The app
// only ever reads and appends this table. Each entry comes with the names a person reads (who
// did it, and the meeting, theme, company … it was done to), joined in the one query.
import 'server-only';
import { and, desc, eq, gte, ilike, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { agendaItems, attendees, auditLog, companies, followups, meetings, registrations, speakers, themes, users } from '@/db/schema';

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

const actor = alias(users, 'audit_actor');
const subjectUser = alias(users, 'audit_subject_user');
const registrant = alias(users, 'audit_registrant');
const parentMeeting = alias(meetings, 'audit_parent_meeting');

/**
 * The entry is about this row: entity ids are stored as text (an invitation's is its email),
 * so the row's uuid is compared as text, and only for entries of that type.
 */
function about(entityType: string, id: AnyPgColumn) {
  return and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, sql`${id}::text`));
}

/** The subject's own name; null when the row is gone (the entry keeps its id). */
const subjectName = sql<string | null>`coalesce(
  ${meetings.title}, ${themes.title}, ${companies.name}, ${speakers.name},
  ${subjectUser.name}, ${subjectUser.email}, ${agendaItems.title},
  ${registrant.name}, ${registrant.email}, nullif(${followups.title}, ''), nullif(${attendees.name}, ''),
  case when ${auditLog.entityType} = 'invitation' then ${auditLog.entityId} end
)`;

/** The meeting an agenda item, registration, attendee or follow-up belongs to. */
const subjectMeetingTitle = sql<string | null>`${parentMeeting.title}`;

export async function readAuditLog(db: DbOrTx, filters: AuditFilters, limit = AUDIT_PAGE_SIZE) {
  const conditions: SQL[] = [];
  if (filters.action) conditions.push(eq(auditLog.action, filters.action));
  if (filters.entityType) conditions.push(eq(auditLog.entityType, filters.entityType));
  if (filters.entityId) conditions.push(eq(auditLog.entityId, filters.entityId));
  if (filters.actor?.trim()) {
    const pattern = `%${filters.actor.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(auditLog.actorEmail, pattern), ilike(actor.name, pattern))!);
  }
  if (filters.from) conditions.push(gte(auditLog.createdAt, filters.from));
  if (filters.to) conditions.push(lt(auditLog.createdAt, filters.to));
  if (filters.before) conditions.push(lt(auditLog.id, filters.before));
  const rows = await db
    .select({
      id: auditLog.id,
      actorEmail: auditLog.actorEmail,
      actorName: actor.name,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
      createdAt: auditLog.createdAt,
      subject: subjectName,
      subjectMeeting: subjectMeetingTitle,
    })
    .from(auditLog)
    .leftJoin(actor, eq(actor.id, auditLog.actorId))
    .leftJoin(meetings, about('meeting', meetings.id))
    .leftJoin(themes, about('theme', themes.id))
    .leftJoin(companies, about('company', companies.id))
    .leftJoin(speakers, about('speaker', speakers.id))
    .leftJoin(subjectUser, about('user', subjectUser.id))
    .leftJoin(agendaItems, about('agenda_item', agendaItems.id))
    .leftJoin(registrations, about('registration', registrations.id))
    .leftJoin(registrant, eq(registrant.id, registrations.userId))
    .leftJoin(followups, about('followup', followups.id))
    .leftJoin(attendees, about('attendee', attendees.id))
    .leftJoin(parentMeeting, eq(parentMeeting.id, sql`coalesce(${agendaItems.meetingId}, ${registrations.meetingId}, ${followups.meetingId}, ${attendees.meetingId})`))
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
