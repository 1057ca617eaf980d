// What sending and testing an invitation both start with: the meeting, refused unless it is
// published and has not started, and the segment choice, refused when nothing is chosen.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import { readInvitationMeeting } from './queries';
import { invitationRefusal } from './rules';
import { segmentChoiceSchema, type ParsedSegmentChoice, type SegmentChoiceInput } from './schema';

export async function requireInvitableMeeting(db: DbOrTx, meetingId: string, now: Date) {
  const meeting = await readInvitationMeeting(db, meetingId);
  if (!meeting) throw new ActionError('notFound');
  const refusal = invitationRefusal(meeting, now);
  if (refusal) throw new ActionError(`refused.${refusal}`);
  return meeting.page!;
}

export function requireChoice(choice: SegmentChoiceInput): ParsedSegmentChoice {
  const parsed = segmentChoiceSchema.safeParse(choice);
  if (!parsed.success) throw new ActionError('chooseSegment');
  return parsed.data;
}
