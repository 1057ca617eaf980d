// Where a briefing stands with the chair: not asked, awaiting, approved, or sent back with the
// chair's comment (shown as plain text).
import { getTranslations } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import type { FollowupView } from '@/lib/followups/queries';

type Props = { row: Pick<FollowupView, 'approval' | 'approvalRequestedAt' | 'approvalDecidedAt' | 'approvalComment' | 'approverName' | 'requesterName'> | null; locale: string };

export async function ApprovalStatus({ row, locale }: Props) {
  const t = await getTranslations('briefingCase.status');
  const approval = row?.approval ?? 'none';
  const when = (date: Date | null | undefined) => (date ? formatDateTime(date, locale) : '');
  const tone = approval === 'approved' ? 'success' : approval === 'returned' ? 'warning' : 'info';
  const text =
    approval === 'requested'
      ? t('requested', { date: when(row?.approvalRequestedAt), name: row?.requesterName ?? '–' })
      : approval === 'approved'
        ? t('approved', { date: when(row?.approvalDecidedAt), name: row?.approverName ?? '–' })
        : approval === 'returned'
          ? t('returned', { date: when(row?.approvalDecidedAt), name: row?.approverName ?? '–' })
          : t('none');
  return (
    <section aria-labelledby="approval-status" className="mb-6 max-w-3xl" data-approval={approval}>
      <h2 id="approval-status" className="mb-2 text-xl font-bold">
        {t('heading')}
      </h2>
      <Notice tone={tone}>
        <p>{text}</p>
        {approval === 'returned' && row?.approvalComment ? (
          <div className="mt-2">
            <p className="font-semibold">{t('comment')}</p>
            <p className="whitespace-pre-line">{row.approvalComment}</p>
          </div>
        ) : null}
      </Notice>
    </section>
  );
}
