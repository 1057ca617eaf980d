// The email to the participants: editor with preview, the number of recipients, a test to
// oneself; after dispatch, the delivery progress, failures and their retry.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { participantEmailAction, retryFailedAction } from '@/lib/followups/actions';
import { draftParticipantEmail } from '@/lib/followups/drafts';
import { countedStatus, readMeetingFacts, readParticipantRecipients } from '@/lib/followups/meeting-facts';
import { readFollowup } from '@/lib/followups/queries';
import { Link } from '@/lib/i18n/navigation';
import { readDeliveryProgress, readFailedDeliveries } from '@/lib/mail/outbox-progress';
import { DeliveryProgress } from '../_components/delivery-progress';
import { FollowupForm } from '../_components/followup-form';
import { StateLabel } from '../_components/state-label';
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
  const header = (
    <>
      <p className="mb-4">
        <Link href={`/admin/meetings/${meeting.id}/follow-up`} className="underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={`${t('email.title')}: ${meeting.title}`}>
        <div className="mt-3">
          <StateLabel row={row} locale={locale} />
        </div>
      </PageHeader>
    </>
  );

  if (row?.status === 'dispatched') {
    const [progress, failed] = await Promise.all([readDeliveryProgress(db, row.id), readFailedDeliveries(db, row.id)]);
    return (
      <>
        {header}
        <p className="mb-4">{t('email.dispatchedIntro')}</p>
        <DeliveryProgress followupId={row.id} initial={progress} retryAction={retryFailedAction} />
        {failed.length ? (
          <section aria-labelledby="failed" className="mb-8">
            <h2 id="failed" className="text-xl font-bold">{t('email.failedHeading')}</h2>
            <div className="overflow-x-auto">
              <table className="mt-3 w-full text-left">
                <thead>
                  <tr className="border-b border-zinc-400">
                    <th scope="col" className="py-2 pr-4">{t('email.failedEmail')}</th>
                    <th scope="col" className="py-2">{t('email.failedError')}</th>
                  </tr>
                </thead>
                <tbody>
                  {failed.map((f) => (
                    <tr key={f.id} className="border-b border-zinc-200">
                      <th scope="row" className="py-2 pr-4 font-normal break-all">{f.toEmail}</th>
                      <td className="py-2">{f.lastError}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
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

  const [recipients, status] = await Promise.all([readParticipantRecipients(db, meeting.id), countedStatus(db, meeting.id)]);
  const defaults =
    row && row.body ? { title: row.title, body: row.body } : draftParticipantEmail(await readMeetingFacts(db, meeting), withRuntimeKeys(await getTranslations('followups.drafts.email')));
  return (
    <>
      {header}
      <div className="mb-6 space-y-3">
        <p className="max-w-3xl">{t('email.intro')}</p>
        {held ? null : <Notice tone="warning">{t('overview.notHeld')}</Notice>}
        <p className="font-semibold" data-testid="recipient-count">
          {t('email.recipients', { count: recipients.length })}{' '}
          {recipients.length ? (status === 'attended' ? t('email.recipientsAttended') : t('email.recipientsRegistered')) : null}
        </p>
      </div>
      <FollowupForm
        kind="participant_email"
        action={participantEmailAction}
        meetingId={meeting.id}
        version={row?.version ?? 1}
        defaults={defaults}
        recipientCount={recipients.length}
        canDispatch={held}
      />
    </>
  );
}
