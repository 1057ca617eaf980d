// The email to the participants: editor with preview, the number of recipients, a test to
// oneself; after dispatch, the delivery progress, failures and their retry.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { participantEmailAction, retryFailedAction } from '@/lib/followups/actions';
import { draftParticipantEmail } from '@/lib/followups/drafts';
import { readCountedStatus, readMeetingFacts, readParticipantRecipients, readFollowup } from '@/lib/followups/queries';
import { readDeliveryProgress, readFailedDeliveries } from '@/lib/mail/outbox-progress';
import { DeliveryProgress } from '@/app/_components/mail/delivery-progress';
import { FollowupDraft } from '../_components/followup-draft';
import { FollowupHeader } from '../_components/followup-header';
import { TwoColumnTable } from '../_components/two-column-table';
import { loadFollowupMeeting, type FollowupPageProps } from '../_lib/load-meeting';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';

export async function generateMetadata(props: FollowupPageProps): Promise<Metadata> {
  const { locale } = await props.params;
  const t = await getTranslations({ locale, namespace: 'followups' });
  return { title: t('email.title'), robots: { index: false } };
}

export default async function ParticipantEmailPage(props: FollowupPageProps) {
  const { db, locale, meeting, held } = await loadFollowupMeeting(props, '/email');
  const t = await getTranslations('followups');
  const row = await readFollowup(db, meeting.id, 'participant_email');
  const header = <FollowupHeader meetingId={meeting.id} heading={`${t('email.title')}: ${meeting.title}`} row={row} locale={locale} />;

  if (row?.status === 'dispatched') {
    const [progress, failed] = await Promise.all([readDeliveryProgress(db, row.id), readFailedDeliveries(db, row.id)]);
    return (
      <>
        {header}
        <p className="mb-4">{t('email.dispatchedIntro')}</p>
        <DeliveryProgress initial={progress} pollUrl={`/api/admin/followups/${row.id}/delivery`} retry={{ followupId: row.id, action: retryFailedAction }} />
        {failed.length ? (
          <section aria-labelledby="failed" className="mb-8">
            <h2 id="failed" className="text-xl font-bold">{t('email.failedHeading')}</h2>
            <div className="overflow-x-auto">
              <TwoColumnTable
                headings={[t('email.failedEmail'), t('email.failedError')]}
                rows={failed.map((f) => ({ key: f.id, person: f.toEmail, fact: f.lastError }))}
                personClassName="break-all"
              />
            </div>
          </section>
        ) : null}
        <section aria-labelledby="sent-text" className="rounded-md border border-zinc-300 p-5">
          <h2 id="sent-text" className="text-xl font-bold">{t('email.sentText')}</h2>
          <p className="mt-3 font-semibold">{row.title}</p>
          <MarkdownText className="mt-3">{row.body}</MarkdownText>
        </section>
      </>
    );
  }

  const [recipients, status] = await Promise.all([readParticipantRecipients(db, meeting.id), readCountedStatus(db, meeting.id)]);
  const defaults =
    row && row.body ? { title: row.title, body: row.body } : draftParticipantEmail(await readMeetingFacts(db, meeting), withRuntimeKeys(await getTranslations('followups.drafts.email')));
  return (
    <>
      {header}
      <FollowupDraft
        intro={t('email.intro')}
        held={held}
        form={{ kind: 'participant_email', action: participantEmailAction, meetingId: meeting.id, version: row?.version ?? 1, defaults, recipientCount: recipients.length }}
      >
        <p className="font-semibold" data-testid="recipient-count">
          {t('email.recipients', { count: recipients.length })}{' '}
          {recipients.length ? (status === 'attended' ? t('email.recipientsAttended') : t('email.recipientsRegistered')) : null}
        </p>
      </FollowupDraft>
    </>
  );
}
