// A company member proposes a theme; it waits, submitted and not public, for moderation.
import 'server-only';
import type { Db } from '@/db/client';
import { themes } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { checkWishedMeeting, proposerFields, type ThemeActor } from './proposal-steps';
import type { ThemeProposalInput } from './schema';

export async function proposeTheme(db: Db, actor: ThemeActor, input: ThemeProposalInput, { now = new Date() } = {}) {
  if (!actor.companyId) throw new ActionError('profileIncomplete');
  await checkWishedMeeting(db, input.wishedMeetingId, now);
  const [theme] = await db
    .insert(themes)
    .values({ ...proposerFields(input), status: 'submitted', proposerId: actor.id, companyId: actor.companyId })
    .returning();
  return theme;
}
