// Dispatching the email to a meeting's participants: one outbox row per recipient, written in
// the same transaction that marks the email sent. The worker delivers them afterwards. Each
// row's idempotency key is the follow-up and the address, so no one is queued twice. Every
// attendee who came and has an email receives it (queries.ts: readParticipantRecipients), each
// with their own evaluation link (lib/evaluations/email-link.ts).
import 'server-only';
import { ParticipantFollowupEmail } from '@/emails/participant-followup-email';
import type { Db } from '@/db/client';
import { ActionError } from '@/lib/actions/action-error';
import type { AuditActor } from '@/lib/audit/record-audit';
import type { Locale } from '@/lib/i18n/routing';
import { prepareBulkEmails } from '@/lib/mail/prepare-bulk';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { siteLink } from '@/lib/mail/site-link';
import { EVALUATION_LINK_PLACEHOLDER, withEvaluationLink } from '@/lib/evaluations/email-link';
import { markDispatched, requireHeld } from './mark-dispatched';
import { readParticipantRecipients, type FollowupMeeting } from './queries';
import { lockFollowup, requireMeeting, writeContent, type FollowupContent } from './followup-steps';

export const participantEmail = (meeting: FollowupMeeting, subject: string, body: string, locale: Locale, test = false, evaluationUrl?: string) => ({
  render: (t: Parameters<typeof ParticipantFollowupEmail>[0]['t'], footer: string) => ({
    subject: test ? t('participantFollowup.testSubject', { subject }) : subject,
    element: ParticipantFollowupEmail({
      subject,
      body,
      meetingTitle: meeting.title,
      meetingUrl: siteLink(locale, `/meetings/${meeting.slug}`),
      t,
      footer,
      lang: locale,
      test,
      evaluationUrl,
    }),
  }),
});

export async function dispatchParticipantEmail(db: Db, actor: AuditActor, content: FollowupContent, { now = new Date() } = {}) {
  const meeting = await requireMeeting(db, content.meetingId);
  requireHeld(meeting, now);
  return db.transaction(async (tx) => {
    const row = await writeContent(tx, actor, await lockFollowup(tx, meeting.id, 'participant_email'), content);
    const recipients = await readParticipantRecipients(tx, meeting.id);
    if (recipients.length === 0) throw new ActionError('noRecipients');
    const emails = await prepareBulkEmails(
      tx,
      recipients,
      // Rendered once per language with a placeholder for the evaluation link…
      (locale) => ({ kind: 'participant-followup', followupId: row.id, ...participantEmail(meeting, row.title, row.body, locale, false, EVALUATION_LINK_PLACEHOLDER) }),
      // By address: a colleague who came has no account, and each address is written to once.
      (recipient) => `participant-followup:${row.id}:${recipient.email}`,
    );
    // …which each recipient's row gets as their own (same order as the recipients).
    const personal = emails.map((email, i) => withEvaluationLink(email, recipients[i].attendeeId, recipients[i].locale));
    const queued = await queueEmails(tx, personal, now);
    await markDispatched(tx, actor, row, now, { recipients: queued });
    return { followupId: row.id, recipients: queued };
  });
}
