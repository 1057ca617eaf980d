// A signed-in person follows a theme the public may read, and is emailed on each new step of its
// trail (theme-step-notices.ts). The follower is always the person asking: the id comes from the
// session, never from the form.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { themeFollows, themes } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { publicTarget, publicTargetJoin, themeIsPublic } from './public-theme';

export async function followTheme(db: DbOrTx, actor: { id: string }, { themeId }: { themeId: string }, _options: { now?: Date } = {}) {
  const [theme] = await db
    .select({ id: themes.id })
    .from(themes)
    .leftJoin(publicTarget, publicTargetJoin)
    .where(and(eq(themes.id, themeId), themeIsPublic));
  if (!theme) throw new ActionError('notFollowable');
  // The primary key (theme, person) makes following twice a no-op.
  await db.insert(themeFollows).values({ themeId, userId: actor.id }).onConflictDoNothing();
  return { following: true };
}
