// Which themes a meeting takes up, in order: the links a meeting's save writes.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { meetingThemes } from '@/db/schema';

/** Links the meeting to exactly these themes, in the order given. Returns what was added and removed. */
export async function setMeetingThemes(tx: Tx, meetingId: string, themeIds: string[]) {
  const current = await tx
    .select({ themeId: meetingThemes.themeId, position: meetingThemes.position })
    .from(meetingThemes)
    .where(eq(meetingThemes.meetingId, meetingId));
  const have = new Map(current.map((r) => [r.themeId, r.position]));
  const added = themeIds.filter((id) => !have.has(id));
  const removed = [...have.keys()].filter((id) => !themeIds.includes(id));
  if (removed.length) {
    await tx.delete(meetingThemes).where(and(eq(meetingThemes.meetingId, meetingId), inArray(meetingThemes.themeId, removed)));
  }
  if (added.length) {
    await tx.insert(meetingThemes).values(added.map((themeId) => ({ meetingId, themeId, position: themeIds.indexOf(themeId) })));
  }
  for (const [position, themeId] of themeIds.entries()) {
    if (have.has(themeId) && have.get(themeId) !== position) {
      await tx
        .update(meetingThemes)
        .set({ position })
        .where(and(eq(meetingThemes.meetingId, meetingId), eq(meetingThemes.themeId, themeId)));
    }
  }
  return { added, removed };
}
