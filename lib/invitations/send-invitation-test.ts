// The invitation sent as a test to the admin who asks, in their language, before it goes out.
// It goes to them alone (whatever the segment choice), marked as a test, at personal priority.
import 'server-only';
import type { Db } from '@/db/client';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { Locale } from '@/lib/i18n/routing';
import { queueEmail } from '@/lib/mail/send-email';
import { invitationEmail } from './invitation-email';
import { requireInvitableMeeting } from './invitation-steps';

export async function sendInvitationTest(
  db: Db,
  actor: AuditActor & { locale: Locale },
  input: { meetingId: string },
  { now = new Date() } = {},
) {
  const meeting = await requireInvitableMeeting(db, input.meetingId, now);
  await db.transaction(async (tx) => {
    await recordAudit(tx, actor, { action: 'invitation.test-send', entityType: 'meeting', entityId: meeting.id, changes: { to: actor.email } });
    await queueEmail(
      tx,
      {
        kind: 'meeting-invitation-test',
        to: actor.email,
        toUserId: actor.id,
        locale: actor.locale,
        priority: 'personal',
        ...invitationEmail(meeting, actor.locale, { test: true }),
      },
      now,
    );
  });
  return { to: actor.email };
}
