// A company supports an accepted theme (once per company) and can take the support back.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { themes, themeSupports } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import type { ThemeActor } from './propose-theme';

export async function supportTheme(db: DbOrTx, actor: ThemeActor, themeId: string) {
  if (!actor.companyId) throw new ActionError('profileIncomplete');
  const [theme] = await db.select({ status: themes.status, companyId: themes.companyId }).from(themes).where(eq(themes.id, themeId));
  if (!theme || theme.status !== 'accepted') throw new ActionError('notSupportable');
  if (theme.companyId === actor.companyId) throw new ActionError('ownTheme');
  // The primary key (theme, company) makes a second support from the same company a no-op.
  await db.insert(themeSupports).values({ themeId, companyId: actor.companyId, userId: actor.id }).onConflictDoNothing();
}

export async function withdrawSupport(db: DbOrTx, actor: ThemeActor, themeId: string) {
  if (!actor.companyId) throw new ActionError('profileIncomplete');
  await db.delete(themeSupports).where(and(eq(themeSupports.themeId, themeId), eq(themeSupports.companyId, actor.companyId)));
}
