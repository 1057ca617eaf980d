// The briefing laid out for paper (A4): the saved draft, or the sent briefing.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { BriefingDocument } from '@/app/_components/followups/briefing-document';
import { PrintButton } from '@/app/_components/ui/print-button';
import { briefingSignatory, readFollowup } from '@/lib/followups/queries';
import { readForumSettings } from '@/lib/forum/queries';
import { Link } from '@/lib/i18n/navigation';
import { briefingText } from '../../_lib/briefing-text';
import { loadFollowupMeeting, type FollowupPageProps } from '../../_lib/load-meeting';

export async function generateMetadata(props: FollowupPageProps): Promise<Metadata> {
  const { locale } = await props.params;
  const t = await getTranslations({ locale, namespace: 'followups' });
  return { title: t('briefing.printView'), robots: { index: false } };
}

export default async function BriefingPrintPage(props: FollowupPageProps) {
  const { db, locale, meeting } = await loadFollowupMeeting(props, '/briefing/print');
  const t = await getTranslations('followups');
  const tb = await getTranslations('followupEditor.briefing');
  const [row, settings] = await Promise.all([readFollowup(db, meeting.id, 'briefing'), readForumSettings(db)]);
  const text = await briefingText(db, meeting, row, settings, locale);
  return (
    <>
      <p className="mb-6 flex flex-wrap items-center gap-4" data-no-print>
        <Link href={`/admin/meetings/${meeting.id}/follow-up/briefing`} className="underline">
          {t('back')}
        </Link>
        <PrintButton label={t('document.print')} />
        {row ? (
          <a href={`/api/admin/followups/${row.id}/briefing-docx`} className="underline" download>
            {tb('docx')}
          </a>
        ) : null}
      </p>
      <BriefingDocument
        briefing={{ ...text, dispatchedAt: row?.status === 'dispatched' ? row.dispatchedAt : null }}
        meeting={meeting}
        settings={settings}
        locale={locale}
        signatory={row ? briefingSignatory(row, settings?.chairName) : null}
      />
    </>
  );
}
