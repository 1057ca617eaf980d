// A council member answers the invitation to a meeting: coming or not coming. One answer per
// member and meeting; a later answer replaces the earlier. Refused for anyone who is not an active
// council member, and for a meeting that is cancelled, not published or already begun. The
// answer and the audit entry are written together.
import 'server-only';
import type { DbOrTx } from '@/db/client';
import { councilRsvps, type CouncilAnswer } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit } from '@/lib/audit/record-audit';
import { councilRsvpRefusal } from './council-rsvp-rules';
import { readCouncilRsvpTarget } from './council-rsvp-queries';

export type CouncilRsvpInput = {
  meetingId: string;
  answer: CouncilAnswer;
  /** Where the answer came from, for the audit log: the email's link or the council area. */
  via: 'link' | 'council-area';
};

/** `actor` is the member who answers (from the session, or named by the link's signed code). */
export async function answerCouncilInvitation(
  db: DbOrTx,
  actor: { id: string },
  { meetingId, answer, via }: CouncilRsvpInput,
  { now = new Date() } = {},
) {
  return db.transaction(async (tx) => {
    const { member, meeting, answer: before } = await readCouncilRsvpTarget(tx, meetingId, actor.id);
    const refusal = councilRsvpRefusal(member, meeting, now);
    if (refusal) throw new ActionError(refusal);
    await tx
      .insert(councilRsvps)
      .values({ meetingId: meeting!.id, userId: member!.id, answer, answeredAt: now })
      .onConflictDoUpdate({ target: [councilRsvps.meetingId, councilRsvps.userId], set: { answer, answeredAt: now } });
    await recordAudit(tx, { id: member!.id, email: member!.email }, {
      action: 'council.rsvp',
      entityType: 'meeting',
      entityId: meeting!.id,
      changes: { answer: { from: before?.answer ?? null, to: answer }, via },
    });
    return { answer, previous: before?.answer ?? null, meetingTitle: meeting!.title };
  });
}
