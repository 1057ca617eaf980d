// Dispatching the briefing to the Finance Committee: it becomes readable in the council area,
// and every council member is emailed a notice with a link (not the text), queued in the same
// transaction as the dispatch so both happen or neither does. Only a briefing the chair approved
// is sent, and only as approved: a changed text is no longer approved (writeContent).
import 'server-only';
import { BriefingNoticeEmail } from '@/emails/briefing-notice-email';
import type { Db } from '@/db/client';
import type { AuditActor } from '@/lib/audit/record-audit';
import { prepareBulkEmails } from '@/lib/mail/prepare-bulk';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { siteLink } from '@/lib/mail/site-link';
import { ActionError } from '@/lib/actions/action-error';
import { noticeThemesReported } from '@/lib/themes/theme-step-notices';
import { markDispatched, requireHeld } from './mark-dispatched';
import { readCouncilMembers } from './queries';
import { lockFollowup, requireMeeting, writeContent, type FollowupContent } from './followup-steps';

export async function dispatchBriefing(db: Db, actor: AuditActor, content: FollowupContent, { now = new Date() } = {}) {
  const meeting = await requireMeeting(db, content.meetingId);
  requireHeld(meeting, now);
  return db.transaction(async (tx) => {
    const row = await writeContent(tx, actor, await lockFollowup(tx, meeting.id, 'briefing'), content);
    if (row.approval !== 'approved') throw new ActionError('notApproved');
    const members = await readCouncilMembers(tx);
    const emails = await prepareBulkEmails(
      tx,
      members,
      (locale) => ({
        kind: 'briefing-notice',
        // Part of a council member's duties, not news: no unsubscribe link (see prepare-bulk.ts).
        priority: 'personal',
        followupId: row.id,
        render: (t, footer) => ({
          subject: t('briefingNotice.subject', { meeting: meeting.title }),
          element: BriefingNoticeEmail({
            title: row.title,
            caseNumber: row.caseNumber,
            meetingTitle: meeting.title,
            url: siteLink(locale, `/council/briefings/${row.id}`),
            t,
            footer,
            lang: locale,
          }),
        }),
      }),
      (member) => `briefing-notice:${row.id}:${member.userId}`,
    );
    const notices = await queueEmails(tx, emails, now);
    await markDispatched(tx, actor, row, now, { notices });
    await noticeThemesReported(tx, row, now);
    return { followupId: row.id, notices };
  });
}
