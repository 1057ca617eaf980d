// The forum's report to the Finance Committee for a chosen period (default: the forum's current
// period), with its A4 print view and a .docx for the case system.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PeriodForm } from '@/app/_components/reports/period-form';
import { PeriodReportView } from '@/app/_components/reports/period-report-view';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Link } from '@/lib/i18n/navigation';
import { loadReport, type ReportPageProps } from './_lib/load-report';

export async function generateMetadata({ params }: ReportPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'reports' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function ReportsPage(props: ReportPageProps) {
  const { locale, presets, read, period, report, text } = await loadReport(props, '/admin/reports');
  const t = await getTranslations('reports');
  const values = read.kind === 'invalid' ? read.typed : period!;
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <PeriodForm values={values} errors={read.kind === 'invalid' ? read.errors : {}} presets={presets} current={period} isDefault={read.kind === 'none'} />
      {report && text && period ? (
        <>
          <div className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-3">
            <h2 className="text-2xl font-bold">{text.title}</h2>
            <Link href={{ pathname: '/admin/reports/print', query: period }} className={buttonClass.secondary}>
              {t('actions.print')}
            </Link>
            <a href={`/api/admin/reports/docx?${new URLSearchParams({ ...period, locale })}`} className={buttonClass.secondary} download>
              {t('actions.docx')}
            </a>
          </div>
          <PeriodReportView report={report} text={text} locale={locale} variant="screen" />
        </>
      ) : null}
    </>
  );
}
