// Reads for the council area: the dispatched briefings (with whether this reader has opened
// each), and one briefing to read or print.
import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { briefingReads, followups, meetings, users } from '@/db/schema';

const dispatchedBriefing = and(eq(followups.kind, 'briefing'), eq(followups.status, 'dispatched'));

export async function readBriefingsFor(db: DbOrTx, readerId: string) {
  return db
    .select({
      id: followups.id,
      title: followups.title,
      dispatchedAt: followups.dispatchedAt,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      readAt: briefingReads.readAt,
    })
    .from(followups)
    .innerJoin(meetings, eq(meetings.id, followups.meetingId))
    .leftJoin(briefingReads, and(eq(briefingReads.followupId, followups.id), eq(briefingReads.userId, readerId)))
    .where(dispatchedBriefing)
    .orderBy(desc(followups.dispatchedAt), desc(meetings.startsAt));
}

export async function readBriefing(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: followups.id,
      title: followups.title,
      body: followups.body,
      dispatchedAt: followups.dispatchedAt,
      dispatchedByName: users.name,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      meetingPlace: meetings.place,
    })
    .from(followups)
    .innerJoin(meetings, eq(meetings.id, followups.meetingId))
    .leftJoin(users, eq(users.id, followups.dispatchedById))
    .where(and(dispatchedBriefing, eq(followups.id, id)));
  return row ?? null;
}
