// Reads for the follow-up pages of a held meeting: the three follow-ups and their state, one
// follow-up for its editor, the council members who receive the briefing and who has read it.
import 'server-only';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { briefingReads, followupKinds, followups, meetings, users } from '@/db/schema';
import { heldMeetings } from '@/lib/meetings/held-meetings';
import { councilMemberRoles } from '@/lib/auth/permissions';

export type FollowupKind = (typeof followupKinds)[number];
export type Followup = typeof followups.$inferSelect;

const followupColumns = {
  id: followups.id,
  meetingId: followups.meetingId,
  kind: followups.kind,
  status: followups.status,
  title: followups.title,
  lead: followups.lead,
  body: followups.body,
  slug: followups.slug,
  previewedAt: followups.previewedAt,
  dispatchedAt: followups.dispatchedAt,
  unpublishedAt: followups.unpublishedAt,
  version: followups.version,
  updatedAt: followups.updatedAt,
  dispatchedByName: users.name,
  dispatchedByEmail: users.email,
};

export type FollowupView = Awaited<ReturnType<typeof readFollowups>>[number];

/** The meeting's follow-ups that exist so far (a missing kind is not started). */
export async function readFollowups(db: DbOrTx, meetingId: string) {
  return db
    .select(followupColumns)
    .from(followups)
    .leftJoin(users, eq(users.id, followups.dispatchedById))
    .where(eq(followups.meetingId, meetingId));
}

export async function readFollowup(db: DbOrTx, meetingId: string, kind: FollowupKind): Promise<FollowupView | null> {
  const [row] = await db
    .select(followupColumns)
    .from(followups)
    .leftJoin(users, eq(users.id, followups.dispatchedById))
    .where(and(eq(followups.meetingId, meetingId), eq(followups.kind, kind)));
  return row ?? null;
}

export type FollowupState = 'not-started' | 'draft' | 'dispatched';

export function followupState(row: Pick<Followup, 'status'> | null | undefined): FollowupState {
  if (!row) return 'not-started';
  return row.status === 'dispatched' ? 'dispatched' : 'draft';
}

/** The council members a new briefing is announced to. */
export async function readCouncilMembers(db: DbOrTx) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(inArray(users.role, [...councilMemberRoles]), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name), asc(users.email));
}

/** Read receipts: every council member with the time they opened the briefing, or null. */
export async function readBriefingReceipts(db: DbOrTx, followupId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, readAt: briefingReads.readAt })
    .from(users)
    .leftJoin(briefingReads, and(eq(briefingReads.userId, users.id), eq(briefingReads.followupId, followupId)))
    .where(and(inArray(users.role, [...councilMemberRoles]), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name), asc(users.email));
}

/**
 * Held meetings whose three follow-ups are not all dispatched, latest first, with the kinds that
 * are: the admin dashboard's "still to follow up" (a meeting is followed up when all three are).
 */
export async function readFollowupsDue(db: DbOrTx, now = new Date()) {
  const sent = sql<number>`count(${followups.id}) filter (where ${followups.status} = 'dispatched')`;
  return db
    .select({
      id: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      dispatched: sql<FollowupKind[]>`coalesce(array_agg(${followups.kind}::text) filter (where ${followups.status} = 'dispatched'), '{}')`,
    })
    .from(meetings)
    .leftJoin(followups, eq(followups.meetingId, meetings.id))
    .where(heldMeetings(now))
    .groupBy(meetings.id)
    .having(sql`${sent} < ${followupKinds.length}`)
    .orderBy(desc(meetings.startsAt));
}
