// What proposing, editing and withdrawing a theme share: the proposer as actor, the check of a
// wished meeting, the fields the proposer decides, and the lock on the proposer's own draft.
import 'server-only';
import { and, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { meetings, themes } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import type { ThemeProposalInput } from './schema';

export type ThemeActor = { id: string; companyId: string | null };

/** A wished meeting must be one a theme can still go on: published and not yet held. */
export async function checkWishedMeeting(db: DbOrTx, meetingId: string | null, now: Date) {
  if (!meetingId) return;
  const [meeting] = await db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.id, meetingId), eq(meetings.status, 'published'), gt(meetings.startsAt, now)));
  if (!meeting) throw new ActionError('invalid', { wishedMeetingId: [{ key: 'choice' }] });
}

/** What the proposer decides, both when proposing and when editing the proposal. */
export const proposerFields = (input: ThemeProposalInput) => ({
  title: input.title,
  description: input.description,
  category: input.category,
  wishedMeetingId: input.wishedMeetingId,
});

/** The actor's own theme, locked, if it is still submitted; a refusal otherwise. */
export async function lockOwnSubmittedTheme(db: DbOrTx, actor: ThemeActor, themeId: string) {
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
