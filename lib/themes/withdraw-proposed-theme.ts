// The proposer withdraws a theme while it is still submitted. Only the person who proposed it can.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { themes } from '@/db/schema';
import { lockOwnSubmittedTheme, type ThemeActor } from './proposal-steps';

export async function withdrawProposedTheme(db: Db, actor: ThemeActor, input: { themeId: string }) {
  return db.transaction(async (tx) => {
    await lockOwnSubmittedTheme(tx, actor, input.themeId);
    const [theme] = await tx
      .update(themes)
      .set({ status: 'withdrawn', version: sql`${themes.version} + 1` })
      .where(eq(themes.id, input.themeId))
      .returning();
    return theme;
  });
}
