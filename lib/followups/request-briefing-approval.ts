// The secretariat asks the chair to approve the briefing: the text is saved as it stands, the case
// number and summary must be there, and every chair is emailed a link to it (not the text), in the
// same transaction. Asking again for the same text adds nothing.
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { followups, users } from '@/db/schema';
import { BriefingApprovalRequestedEmail } from '@/emails/briefing-approval-requested-email';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ROLE_PERMISSIONS, type Role } from '@/lib/auth/permissions';
import { prepareEmail } from '@/lib/mail/send-email';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { siteLink } from '@/lib/mail/site-link';
import { lockFollowup, requireMeeting, writeContent, type FollowupContent } from './followup-steps';

/** The roles that approve briefings (today: the chair). */
export const approverRoles = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) => ROLE_PERMISSIONS[r].includes('briefing.approve'));

export async function requestBriefingApproval(db: Db, actor: AuditActor, content: FollowupContent, { now = new Date() } = {}) {
  const meeting = await requireMeeting(db, content.meetingId);
  return db.transaction(async (tx) => {
    const row = await writeContent(tx, actor, await lockFollowup(tx, meeting.id, 'briefing'), content);
    const missing: Record<string, { key: string }[]> = {};
    if (!row.caseNumber.trim()) missing.caseNumber = [{ key: 'required' }];
    if (!row.summary.trim()) missing.summary = [{ key: 'required' }];
    if (Object.keys(missing).length) throw new ActionError('caseFieldsMissing', missing);
    if (row.approval === 'requested') return { followupId: row.id, requested: 0 };
    if (row.approval === 'approved') throw new ActionError('alreadyApproved');

    await tx
      .update(followups)
      .set({
        approval: 'requested',
        approvalRequestedAt: now,
        approvalRequestedById: actor.id,
        approvalDecidedAt: null,
        approvalDecidedById: null,
        approvalComment: null,
      })
      .where(eq(followups.id, row.id));
    await recordAudit(tx, actor, {
      action: 'followup.approval-request',
      entityType: 'followup',
      entityId: row.id,
      changes: { approval: { from: row.approval, to: 'requested' }, version: row.version },
    });

    const [requester] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.id));
    const chairs = await tx
      .select({ id: users.id, email: users.email, locale: users.locale })
      .from(users)
      .where(and(inArray(users.role, approverRoles), isNull(users.deactivatedAt)));
    const emails = await Promise.all(
      chairs.map((chair) =>
        prepareEmail(tx, {
          kind: 'briefing-approval-requested',
          to: chair.email.toLowerCase(),
          toUserId: chair.id,
          locale: chair.locale,
          // One email per request (a second press finds it requested and queues nothing).
          idempotencyKey: `briefing-approval-requested:${row.id}:v${row.version}:${now.getTime()}:${chair.id}`,
          render: (t, footer) => ({
            subject: t('briefingApproval.requestedSubject', { meeting: meeting.title }),
            element: BriefingApprovalRequestedEmail({
              title: row.title,
              meetingTitle: meeting.title,
              requester: requester?.name ?? requester?.email ?? actor.email,
              url: siteLink(chair.locale, `/admin/meetings/${meeting.id}/follow-up/briefing`),
              t,
              footer,
              lang: chair.locale,
            }),
          }),
        }),
      ),
    );
    const requested = await queueEmails(tx, emails, now);
    return { followupId: row.id, requested };
  });
}
