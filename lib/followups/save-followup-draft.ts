// Saves a draft of any of the three follow-ups; a sent briefing or email stays as it was sent.
import 'server-only';
import type { Db } from '@/db/client';
import type { AuditActor } from '@/lib/audit/record-audit';
import { lockFollowup, requireMeeting, writeContent, type FollowupContent } from './followup-steps';
import type { FollowupKind } from './queries';

export async function saveFollowupDraft(db: Db, actor: AuditActor, input: FollowupContent & { kind: FollowupKind }) {
  const { kind, ...content } = input;
  await requireMeeting(db, content.meetingId);
  return db.transaction(async (tx) => writeContent(tx, actor, await lockFollowup(tx, content.meetingId, kind), content));
}
