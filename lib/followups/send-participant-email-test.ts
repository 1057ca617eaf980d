// The participant email, sent as a test to the admin who asks, before it goes to everyone.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { followups } from '@/db/schema';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { Locale } from '@/lib/i18n/routing';
import { queueEmail } from '@/lib/mail/send-email';
import { sampleEvaluationUrl } from '@/lib/evaluations/email-link';
import { participantEmail } from './dispatch-participant-email';
import { lockFollowup, requireMeeting, writeContent, type FollowupContent } from './followup-steps';

/** Saves the draft and queues it to the admin alone, marked as a test, delivered at once. */
export async function sendParticipantEmailTest(
  db: Db,
  actor: AuditActor & { locale: Locale },
  content: FollowupContent,
  { now = new Date() } = {},
) {
  const meeting = await requireMeeting(db, content.meetingId);
  const row = await db.transaction(async (tx) => {
    const saved = await writeContent(tx, actor, await lockFollowup(tx, meeting.id, 'participant_email'), content);
    await tx.update(followups).set({ previewedAt: now }).where(eq(followups.id, saved.id));
    await recordAudit(tx, actor, { action: 'followup.test-send', entityType: 'followup', entityId: saved.id, changes: { to: actor.email } });
    // Queued with the save; the admin is one person waiting for it, so it goes before bulk.
    await queueEmail(
      tx,
      {
        kind: 'participant-followup-test',
        to: actor.email,
        toUserId: actor.id,
        locale: actor.locale,
        followupId: null,
        ...participantEmail(meeting, saved.title, saved.body, actor.locale, true, sampleEvaluationUrl(actor.locale)),
      },
      now,
    );
    return saved;
  });
  return { followupId: row.id };
}
