// What the report page and its print view share: the gate, the period from the URL (or the
// forum's current period), and the report read and shaped into text in the page's language.
import 'server-only';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { withRuntimeKeys } from '@/lib/i18n/runtime-key';
import { readPeriodReport, readReportYears } from '@/lib/reports/queries';
import { reportText } from '@/lib/reports/report-tables';
import { currentPeriod, periodPresets, type Period } from '@/lib/reports/rules';
import { readPeriod } from '@/lib/reports/schema';

export type ReportPageProps = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function loadReport(props: ReportPageProps, path: string) {
  const { locale } = await props.params;
  setRequestLocale(locale);
  await requirePageAccess('followup.manage', path);
  const read = readPeriod(await props.searchParams);
  const now = new Date();
  const db = await getDb();
  const years = await readReportYears(db, now);
  const presets = periodPresets(years);
  if (read.kind === 'invalid') return { locale, presets, read, period: null, report: null, text: null };
  const period: Period = read.kind === 'ok' ? read.period : currentPeriod(now);
  const report = await readPeriodReport(db, period, now);
  const t = withRuntimeKeys(await getTranslations('reports'));
  const tThemes = withRuntimeKeys(await getTranslations('themes'));
  const text = reportText(report, { t, category: (c) => tThemes(`categories.${c}`), locale });
  return { locale, presets, read, period, report, text };
}
