// The proposer edits a theme while it is still submitted. Only the person who proposed it can.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { themes } from '@/db/schema';
import { checkWishedMeeting, lockOwnSubmittedTheme, proposerFields, type ThemeActor } from './proposal-steps';
import type { ThemeProposalInput } from './schema';

export async function updateProposedTheme(
  db: Db,
  actor: ThemeActor,
  input: ThemeProposalInput & { themeId: string },
  { now = new Date() } = {},
) {
  return db.transaction(async (tx) => {
    await lockOwnSubmittedTheme(tx, actor, input.themeId);
    await checkWishedMeeting(tx, input.wishedMeetingId, now);
    const [theme] = await tx
      .update(themes)
      .set({ ...proposerFields(input), version: sql`${themes.version} + 1` })
      .where(eq(themes.id, input.themeId))
      .returning();
    return theme;
  });
}
