// What approving and returning a briefing share: the chair decides on the version of the text the
// chair read, only while approval is asked for; the one who asked is emailed the decision in the
// same transaction, once.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { followups, meetings, users } from '@/db/schema';
import { BriefingApprovalDecidedEmail } from '@/emails/briefing-approval-decided-email';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { queueEmail } from '@/lib/mail/send-email';
import { siteLink } from '@/lib/mail/site-link';

export type BriefingDecision = { followupId: string; version: number; comment?: string | null };

export async function decideBriefingApproval(
  db: Db,
  actor: AuditActor,
  decision: 'approved' | 'returned',
  input: BriefingDecision,
  now: Date,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(followups).where(eq(followups.id, input.followupId)).for('update');
    if (!row || row.kind !== 'briefing') throw new ActionError('notFound');
    if (row.status === 'dispatched') throw new ActionError('alreadyDispatched');
    if (row.version !== input.version) throw new ActionError('conflict');
    if (row.approval !== 'requested') throw new ActionError('approvalNotRequested');
    const comment = input.comment?.trim() || null;
    await tx
      .update(followups)
      .set({ approval: decision, approvalDecidedAt: now, approvalDecidedById: actor.id, approvalComment: comment })
      .where(eq(followups.id, row.id));
    await recordAudit(tx, actor, {
      action: decision === 'approved' ? 'followup.approve' : 'followup.return',
      entityType: 'followup',
      entityId: row.id,
      changes: { approval: { from: row.approval, to: decision }, version: row.version, ...(comment ? { comment } : {}) },
    });

    const [meeting] = await tx.select({ id: meetings.id, title: meetings.title }).from(meetings).where(eq(meetings.id, row.meetingId));
    const [chair] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.id));
    const [requester] = row.approvalRequestedById
      ? await tx.select({ id: users.id, email: users.email, locale: users.locale }).from(users).where(eq(users.id, row.approvalRequestedById))
      : [];
    let emailed = false;
    if (requester) {
      emailed = await queueEmail(
        tx,
        {
          kind: 'briefing-approval-decided',
          to: requester.email.toLowerCase(),
          toUserId: requester.id,
          locale: requester.locale,
          idempotencyKey: `briefing-approval-decided:${row.id}:v${row.version}:${row.approvalRequestedAt?.getTime() ?? 0}`,
          render: (t, footer) => ({
            subject: t(`briefingApproval.${decision}Subject`, { meeting: meeting.title }),
            element: BriefingApprovalDecidedEmail({
              decision,
              title: row.title,
              meetingTitle: meeting.title,
              chair: chair?.name ?? chair?.email ?? actor.email,
              comment,
              url: siteLink(requester.locale, `/admin/meetings/${meeting.id}/follow-up/briefing`),
              t,
              footer,
              lang: requester.locale,
            }),
          }),
        },
        now,
      );
    }
    return { followupId: row.id, meetingId: row.meetingId, emailed };
  });
}
