// The period report laid out for paper (A4): a letter to the Finance Committee with every table in
// full. The site's header, footer and menus are hidden in print by globals.css.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PeriodReportView } from '@/app/_components/reports/period-report-view';
import { Notice } from '@/app/_components/ui/notice';
import { PrintButton } from '@/app/_components/ui/print-button';
import { getDb } from '@/db/client';
import { readForumSettings } from '@/lib/forum/queries';
import { Link } from '@/lib/i18n/navigation';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';
import { letterhead } from '@/lib/reports/report-tables';
import { loadReport, type ReportPageProps } from '../_lib/load-report';

export async function generateMetadata({ params }: ReportPageProps): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'reports' });
  return { title: t('actions.print'), robots: { index: false } };
}

export default async function ReportPrintPage(props: ReportPageProps) {
  const { locale, read, period, report, text } = await loadReport(props, '/admin/reports/print');
  const t = await getTranslations('reports');
  const back = (
    <Link href={{ pathname: '/admin/reports', query: read.kind === 'invalid' ? read.typed : (period ?? {}) }} className="underline">
      {t('actions.back')}
    </Link>
  );
  if (!report || !text) {
    return (
      <>
        <h1 className="mb-4 text-3xl font-bold">{t('title')}</h1>
        <Notice tone="error">{t('form.refused')}</Notice>
        <p className="mt-4">{back}</p>
      </>
    );
  }
  const settings = await readForumSettings(await getDb());
  const head = letterhead(text, { t: withRuntimeKeys(t), settings, locale, now: new Date() });
  return (
    <>
      <p className="mb-6 flex flex-wrap items-center gap-4" data-no-print>
        {back}
        <PrintButton label={t('actions.printNow')} />
      </p>
      <article className="max-w-4xl rounded-md border border-zinc-300 bg-white p-6 sm:p-10 print:max-w-none print:border-0 print:p-0">
        {settings ? (
          <p className="text-sm text-muted print:text-black">
            {settings.municipality} · {settings.forumName}
          </p>
        ) : null}
        <h1 className="mt-2 text-3xl font-bold tracking-tight print:text-2xl">{text.title}</h1>
        <dl className="mt-6 mb-8 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 border-y border-zinc-300 py-3 text-sm">
          {head.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <PeriodReportView report={report} text={text} locale={locale} variant="print" />
      </article>
    </>
  );
}
