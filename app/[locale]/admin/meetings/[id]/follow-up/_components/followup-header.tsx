// The top of each follow-up page: the way back to the overview, the follow-up's name with the
// meeting's, and its state.
import { getTranslations } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import type { FollowupView } from '@/lib/followups/queries';
import { Link } from '@/lib/i18n/navigation';
import { StateLabel } from './state-label';

export async function FollowupHeader({ meetingId, heading, row, locale }: { meetingId: string; heading: string; row: FollowupView | null; locale: string }) {
  const t = await getTranslations('followups');
  return (
    <>
      {/* The briefing is printed from its page: the way back is no part of the document. */}
      <p className="mb-4" data-no-print>
        <Link href={`/admin/meetings/${meetingId}/follow-up`} className="underline">
          {t('back')}
        </Link>
      </p>
      <PageHeader title={heading}>
        <div className="mt-3">
          <StateLabel row={row} locale={locale} />
        </div>
      </PageHeader>
    </>
  );
}
