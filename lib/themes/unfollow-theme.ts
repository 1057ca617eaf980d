// A person stops following a theme (the proposer too): no more step emails about it. Only the
// person's own follow is removed; the id comes from the session.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { themeFollows } from '@/db/schema';

export async function unfollowTheme(db: DbOrTx, actor: { id: string }, { themeId }: { themeId: string }, _options: { now?: Date } = {}) {
  await db.delete(themeFollows).where(and(eq(themeFollows.themeId, themeId), eq(themeFollows.userId, actor.id)));
  return { following: false };
}
