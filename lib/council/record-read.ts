// The read receipt of a briefing: written when a reader opens it. The first time counts;
// opening it again changes nothing.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { briefingReads } from '@/db/schema';

export async function recordBriefingRead(
  db: DbOrTx,
  actor: { id: string },
  { followupId }: { followupId: string },
  { now = new Date() } = {},
) {
  await db.insert(briefingReads).values({ followupId, userId: actor.id, readAt: now }).onConflictDoNothing();
}
