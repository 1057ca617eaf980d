// The period report on screen and on paper: the summary, participation per meeting, the themes and
// their outcomes, participation by industry and by size, the evaluation and the follow-ups. Charts
// are the council area's server-rendered SVGs; every number is also in a table (on screen behind
// the chart's disclosure or below it, on paper in full).
import { getTranslations } from 'next-intl/server';
import { BarListChart } from '@/app/_components/charts/bar-list-chart';
import { ChartFigure } from '@/app/_components/charts/chart-figure';
import { GroupedColumnChart } from '@/app/_components/charts/grouped-column-chart';
import { Notice } from '@/app/_components/ui/notice';
import type { PeriodReport } from '@/lib/reports/queries';
import type { ReportText } from '@/lib/reports/report-tables';
import { formatReportDate } from '@/lib/reports/rules';
import { ReportTableView } from './report-table';

type Props = { report: PeriodReport; text: ReportText; locale: string; variant: 'screen' | 'print' };

export async function PeriodReportView({ report, text, locale, variant }: Props) {
  const t = await getTranslations('reports');
  if (text.empty) {
    return (
      <Notice title={t('empty.title')}>
        <p>{text.emptyText}</p>
      </Notice>
    );
  }
  const table = (id: string) => text.tables.find((x) => x.id === id)!;
  const none = t('themes.none');
  const participationChart = (id: string) => (
    <GroupedColumnChart
      id={id}
      series={[
        { label: t('meetings.participants'), color: '#1d4ed8' },
        { label: t('meetings.companies'), color: '#b45309' },
      ]}
      groups={report.meetings.map((m) => ({ label: formatReportDate(m.startsAt, locale), values: [m.participants, m.companies] }))}
    />
  );
  const barItems = (id: 'industries' | 'sizes') => table(id).rows.map((row, i) => ({ label: row[0], value: report[id][i].participants }));

  return (
    <>
      <section aria-labelledby="summary-title" className="mb-10 break-inside-avoid">
        <h2 id="summary-title" className="text-xl font-bold">
          {t('summary.title')}
        </h2>
        <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-3 print:grid-cols-3">
          {text.summary.map(([label, value]) => (
            <div key={label} className="rounded-md border border-zinc-300 p-3">
              <dt className="text-sm">{label}</dt>
              <dd className="text-2xl font-bold tabular-nums">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      {variant === 'screen' ? (
        <ChartFigure
          id="participation"
          title={t('meetings.chartTitle')}
          description={t('meetings.description')}
          tableLabel={t('meetings.showTable')}
          columns={table('meetings').columns.slice(1, 4)}
          rows={report.meetings.map((m, i) => [table('meetings').rows[i][1], m.participants, m.companies])}
        >
          {participationChart('participation')}
        </ChartFigure>
      ) : null}
      <ReportTableView table={table('meetings')} emptyText={none}>
        {variant === 'print' ? <div className="mt-3 max-w-xl">{participationChart('meetings')}</div> : null}
      </ReportTableView>
      <ReportTableView table={table('themes')} emptyText={none} />

      {(['industries', 'sizes'] as const).map((id) =>
        variant === 'screen' ? (
          <ChartFigure
            key={id}
            id={id}
            title={table(id).title}
            description={table(id).description}
            tableLabel={t('meetings.showTable')}
            columns={table(id).columns}
            rows={table(id).rows}
          >
            {report[id].length ? (
              <BarListChart id={id} label={`${table(id).title} (${t('participation.participants')})`} items={barItems(id)} />
            ) : (
              <p>{none}</p>
            )}
          </ChartFigure>
        ) : (
          <ReportTableView key={id} table={table(id)} emptyText={none}>
            {report[id].length ? (
              <div className="mt-3 max-w-xl">
                <BarListChart id={id} label={`${table(id).title} (${t('participation.participants')})`} items={barItems(id)} />
              </div>
            ) : null}
          </ReportTableView>
        ),
      )}
      <ReportTableView table={table('evaluation')} emptyText={none} />
      <ReportTableView table={table('followups')} emptyText={none} />
    </>
  );
}
