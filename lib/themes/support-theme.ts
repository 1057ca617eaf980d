// A company supports an accepted theme, once per company, never its own.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { themes, themeSupports } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import type { ThemeActor } from './proposal-steps';

export async function supportTheme(db: DbOrTx, actor: ThemeActor, { themeId }: { themeId: string }) {
  if (!actor.companyId) throw new ActionError('profileIncomplete');
  const [theme] = await db.select({ status: themes.status, companyId: themes.companyId }).from(themes).where(eq(themes.id, themeId));
  if (!theme || theme.status !== 'accepted') throw new ActionError('notSupportable');
  if (theme.companyId === actor.companyId) throw new ActionError('ownTheme');
  // The primary key (theme, company) makes a second support from the same company a no-op.
  await db.insert(themeSupports).values({ themeId, companyId: actor.companyId, userId: actor.id }).onConflictDoNothing();
}
