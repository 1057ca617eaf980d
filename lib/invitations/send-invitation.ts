// Sending a meeting's invitation to a segment choice, in one transaction: the invitation, one
// recipient row per new address (the unique index on meeting and address makes it once per
// meeting), one outbox row per new recipient, and the audit entry. The meeting row is locked
// first, so two admins pressing at once are served one after the other: the second finds
// everyone already invited and sends nothing. The outbox worker delivers afterwards.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { invitationRecipients, meetingInvitations, meetings } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { prepareBulkEmails } from '@/lib/mail/prepare-bulk';
import { queueEmails } from '@/lib/mail/outbox-queue';
import type { PreparedEmail } from '@/lib/mail/send-email';
import { invitationEmail } from './invitation-email';
import { invitationEmailKey } from './rules';
import type { SegmentChoiceInput } from './schema';
import { resolveSegments, type InvitationRecipient } from './segments';
import { requireChoice, requireInvitableMeeting } from './invitation-steps';

const CHUNK = 1000;

export async function sendInvitation(
  db: Db,
  actor: AuditActor,
  input: { meetingId: string; choice: SegmentChoiceInput },
  { now = new Date() } = {},
) {
  const choice = requireChoice(input.choice);
  return db.transaction(async (tx) => {
    await tx.select({ id: meetings.id }).from(meetings).where(eq(meetings.id, input.meetingId)).for('update');
    // Read again under the lock: the meeting may have been cancelled or moved meanwhile.
    const meeting = await requireInvitableMeeting(tx, input.meetingId, now);
    const { recipients } = await resolveSegments(tx, meeting.id, choice);
    if (recipients.length === 0) throw new ActionError('noRecipients');

    const [invitation] = await tx
      .insert(meetingInvitations)
      .values({ meetingId: meeting.id, segments: choice, sentById: actor.id, sentAt: now })
      .returning({ id: meetingInvitations.id });

    const added: InvitationRecipient[] = [];
    const byEmail = new Map(recipients.map((r) => [r.email, r]));
    for (let i = 0; i < recipients.length; i += CHUNK) {
      const rows = await tx
        .insert(invitationRecipients)
        .values(
          recipients.slice(i, i + CHUNK).map((r) => ({
            invitationId: invitation.id,
            meetingId: meeting.id,
            email: r.email,
            userId: r.userId,
            companyId: r.companyId,
            segment: r.segment,
          })),
        )
        .onConflictDoNothing()
        .returning({ email: sql<string>`lower(${invitationRecipients.email})` });
      for (const row of rows) added.push(byEmail.get(row.email)!);
    }
    if (added.length === 0) throw new ActionError('noRecipients');

    const key = (r: InvitationRecipient) => invitationEmailKey(meeting.id, r.email);
    const request = (locale: InvitationRecipient['locale'], councilUserId?: string) => ({
      kind: 'meeting-invitation' as const,
      ...invitationEmail(meeting, locale, { councilUserId }),
    });
    const everyone = added.filter((r) => !(r.council && r.userId));
    // A council member's email carries their own answer links, so it is rendered for them alone.
    const council = added.filter((r) => r.council && r.userId);
    const emails: PreparedEmail[] = await prepareBulkEmails(tx, everyone, (locale) => request(locale), key);
    for (const member of council) {
      emails.push(...(await prepareBulkEmails(tx, [member], (locale) => request(locale, member.userId!), key)));
    }
    const queued = await queueEmails(tx, emails, now);

    await recordAudit(tx, actor, {
      action: 'invitation.send',
      entityType: 'meeting',
      entityId: meeting.id,
      changes: { invitationId: invitation.id, segments: choice, recipients: added.length },
    });
    return { invitationId: invitation.id, recipients: added.length, queued };
  });
}
