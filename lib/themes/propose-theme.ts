// The proposer's side of a theme's life: propose, edit and withdraw while it is submitted.
// Only the person who proposed a theme can see its draft or change it.
import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { meetings, themes } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import type { ThemeProposalInput } from './schema';

export type ThemeActor = { id: string; companyId: string | null };

/** A wished meeting must be one a theme can still go on: published and not yet held. */
async function checkWishedMeeting(db: DbOrTx, meetingId: string | null, now: Date) {
  if (!meetingId) return;
  const [meeting] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.status, 'published'), gt(meetings.startsAt, now)));
  if (!meeting) throw new ActionError('invalid', { wishedMeetingId: [{ key: 'choice' }] });
}

/** What the proposer decides, both when proposing and when editing the proposal. */
const proposerFields = (input: ThemeProposalInput) => ({
  title: input.title,
  description: input.description,
  category: input.category,
  wishedMeetingId: input.wishedMeetingId,
});

export async function proposeTheme(db: Db, actor: ThemeActor, input: ThemeProposalInput, now = new Date()) {
  if (!actor.companyId) throw new ActionError('profileIncomplete');
  await checkWishedMeeting(db, input.wishedMeetingId, now);
  const [theme] = await db
    .insert(themes)
    .values({ ...proposerFields(input), status: 'submitted', proposerId: actor.id, companyId: actor.companyId })
    .returning();
  return theme;
}

/** The actor's own theme, locked, if it is still submitted; a refusal otherwise. */
async function lockOwnSubmittedTheme(db: DbOrTx, actor: ThemeActor, themeId: string) {
  const [theme] = await db
    .select()
    .from(themes)
    .where(and(eq(themes.id, themeId), eq(themes.proposerId, actor.id)))
    .for('update');
  // Someone else's theme answers exactly like a missing one: its existence is not revealed.
  if (!theme) throw new ActionError('notFound');
  if (theme.status !== 'submitted') throw new ActionError('notEditable');
  return theme;
}

export async function updateProposedTheme(db: Db, actor: ThemeActor, themeId: string, input: ThemeProposalInput, now = new Date()) {
  return db.transaction(async (tx) => {
    await lockOwnSubmittedTheme(tx, actor, themeId);
    await checkWishedMeeting(tx, input.wishedMeetingId, now);
    const [theme] = await tx
      .update(themes)
      .set({ ...proposerFields(input), version: sql`${themes.version} + 1` })
      .where(eq(themes.id, themeId))
      .returning();
    return theme;
  });
}

export async function withdrawProposedTheme(db: Db, actor: ThemeActor, themeId: string) {
  return db.transaction(async (tx) => {
    await lockOwnSubmittedTheme(tx, actor, themeId);
    const [theme] = await tx
      .update(themes)
      .set({ status: 'withdrawn', version: sql`${themes.version} + 1` })
      .where(eq(themes.id, themeId))
      .returning();
    return theme;
  });
}
