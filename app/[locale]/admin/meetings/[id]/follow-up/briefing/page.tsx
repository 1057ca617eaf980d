// The briefing to the Finance Committee: editor with live preview before dispatch; afterwards
// the document as sent and the council members' read receipts.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { EvaluationFact } from '@/app/_components/evaluations/evaluation-fact';
import { BriefingDocument } from '@/app/_components/followups/briefing-document';
import { Notice } from '@/app/_components/ui/notice';
import { briefingAction } from '@/lib/followups/actions';
import { readBriefingReceipts, readCouncilMembers, readFollowup } from '@/lib/followups/queries';
import { readForumSettings } from '@/lib/forum/queries';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { FollowupDraft } from '../_components/followup-draft';
import { FollowupHeader } from '../_components/followup-header';
import { TwoColumnTable } from '../_components/two-column-table';
import { briefingText } from '../_lib/briefing-text';
import { loadFollowupMeeting, type FollowupPageProps } from '../_lib/load-meeting';

export async function generateMetadata(props: FollowupPageProps): Promise<Metadata> {
  const { locale } = await props.params;
  const t = await getTranslations({ locale, namespace: 'followups' });
  return { title: t('briefing.title'), robots: { index: false } };
}

export default async function BriefingFollowupPage(props: FollowupPageProps) {
  const { db, locale, meeting, held } = await loadFollowupMeeting(props, '/briefing');
  const t = await getTranslations('followups');
  const [row, settings] = await Promise.all([readFollowup(db, meeting.id, 'briefing'), readForumSettings(db)]);
  const base = `/admin/meetings/${meeting.id}/follow-up`;
  const header = <FollowupHeader meetingId={meeting.id} heading={`${t('briefing.title')}: ${meeting.title}`} row={row} locale={locale} />;

  if (row?.status === 'dispatched') {
    const receipts = await readBriefingReceipts(db, row.id);
    const read = receipts.filter((r) => r.readAt).length;
    return (
      <>
        {header}
        <Notice tone="success">{t('briefing.dispatchedIntro')}</Notice>
        <p className="my-4 flex flex-wrap gap-4">
          <Link href={`/council/briefings/${row.id}`} className="font-semibold underline">
            {t('briefing.readIt')}
          </Link>
        </p>
        <section aria-labelledby="receipts" className="mb-10">
          <h2 id="receipts" className="text-2xl font-bold">
            {t('briefing.receipts')}
          </h2>
          {receipts.length === 0 ? (
            <p className="mt-2">{t('briefing.noMembers')}</p>
          ) : (
            <>
              <p className="mt-2">{t('briefing.receiptsIntro', { read, total: receipts.length })}</p>
              <div className="max-w-2xl">
                <TwoColumnTable
                  headings={[t('briefing.member'), t('briefing.readAt')]}
                  rows={receipts.map((r) => ({
                    key: r.userId,
                    person: r.name ?? r.email,
                    fact: r.readAt ? formatDateTime(r.readAt, locale) : t('briefing.notRead'),
                  }))}
                />
              </div>
            </>
          )}
        </section>
        <BriefingDocument briefing={row} meeting={meeting} settings={settings} locale={locale} headingLevel={2} />
      </>
    );
  }

  const [text, members] = await Promise.all([briefingText(db, meeting, row, settings, locale), readCouncilMembers(db)]);
  return (
    <>
      {header}
      <FollowupDraft
        intro={t('briefing.intro')}
        held={held}
        form={{ kind: 'briefing', action: briefingAction, meetingId: meeting.id, version: row?.version ?? 1, defaults: text, recipientCount: members.length }}
      >
        <p>{t('briefing.recipients', { count: members.length })}</p>
        <EvaluationFact db={db} meetingId={meeting.id} locale={locale} />
        <p>
          <Link href={`${base}/briefing/print`} className="font-semibold underline">
            {t('briefing.printView')}
          </Link>
        </p>
      </FollowupDraft>
    </>
  );
}
