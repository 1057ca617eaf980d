// The follow-up checklist of one meeting: the three follow-ups with their state, and the email's
// delivery progress, and the participants' evaluation of the meeting.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { followupKinds } from '@/db/schema';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { readFollowups } from '@/lib/followups/queries';
import { Link } from '@/lib/i18n/navigation';
import { readDeliveryProgress } from '@/lib/mail/outbox-progress';
import { can } from '@/lib/auth/gate';
import { readEvaluationResults } from '@/lib/evaluations/queries';
import { EvaluationResults } from './_components/evaluation-results';
import { StateLabel } from './_components/state-label';
import { loadFollowupMeeting, type FollowupPageProps } from './_lib/load-meeting';

const paths = { briefing: 'briefing', participant_email: 'email', article: 'article' } as const;

export async function generateMetadata(props: FollowupPageProps): Promise<Metadata> {
  const { locale } = await props.params;
  const t = await getTranslations({ locale, namespace: 'followups' });
  return { title: t('overview.checklistLabel'), robots: { index: false } };
}

export default async function FollowupOverviewPage(props: FollowupPageProps) {
  const { db, user, locale, meeting, held } = await loadFollowupMeeting(props);
  const t = await getTranslations('followups');
  const [rows, evaluation] = await Promise.all([readFollowups(db, meeting.id), held ? readEvaluationResults(db, meeting.id) : null]);
  const byKind = new Map(rows.map((r) => [r.kind, r]));
  const email = byKind.get('participant_email');
  const progress = email?.status === 'dispatched' ? await readDeliveryProgress(db, email.id) : null;
  const dispatched = rows.filter((r) => r.status === 'dispatched').length;

  return (
    <>
      <p className="mb-4" data-no-print>
        <Link href="/admin/meetings" className="underline">
          {t('backToMeetings')}
        </Link>
      </p>
      <PageHeader title={t('overview.title', { meeting: meeting.title })} intro={t('overview.intro')}>
        <p className="mt-2">{t('overview.meta', { when: formatDateTime(meeting.startsAt, locale), place: meeting.place })}</p>
      </PageHeader>
      <div className="mb-6">
        {!held ? (
          <Notice tone="warning">{t('overview.notHeld')}</Notice>
        ) : dispatched === 3 ? (
          <Notice tone="success">{t('overview.followedUp')}</Notice>
        ) : (
          <Notice>{t('overview.missing', { count: 3 - dispatched })}</Notice>
        )}
      </div>
      <ol aria-label={t('overview.checklistLabel')} className="space-y-4">
        {followupKinds.map((kind) => {
          const row = byKind.get(kind) ?? null;
          return (
            <li key={kind} className="rounded-md border border-zinc-300 p-5">
              <div className="flex flex-wrap items-baseline justify-between gap-3">
                <h2 className="text-xl font-bold">
                  <Link href={`/admin/meetings/${meeting.id}/follow-up/${paths[kind]}`} className="underline">
                    {t(`kinds.${kind}.name`)}
                  </Link>
                </h2>
                <StateLabel row={row} locale={locale} />
              </div>
              <p className="mt-2 text-muted">{t(`kinds.${kind}.description`)}</p>
              {kind === 'participant_email' && progress ? (
                <p className="mt-2 font-semibold">{t('overview.emailProgress', { sent: progress.sent, total: progress.total, failed: progress.failed, pending: progress.pending })}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
      {evaluation ? <EvaluationResults results={evaluation} locale={locale} canSuggest={can(user, 'theme.moderate')} /> : null}
    </>
  );
}
