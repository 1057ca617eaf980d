// A company takes back its support of a theme.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { themeSupports } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import type { ThemeActor } from './proposal-steps';

export async function withdrawSupport(db: DbOrTx, actor: ThemeActor, { themeId }: { themeId: string }) {
  if (!actor.companyId) throw new ActionError('profileIncomplete');
  await db.delete(themeSupports).where(and(eq(themeSupports.themeId, themeId), eq(themeSupports.companyId, actor.companyId)));
}
