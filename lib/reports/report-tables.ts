// The period report as titled tables of text, in the reader's language with Danish number and
// date formats: one shaping for the A4 print view and the .docx, so paper and Word say the same.
// Pure: the translators are handed in.
import { followupKinds } from '@/db/schema/followups';
import type { ForumSettings } from '@/lib/forum/queries';
import type { PeriodReport } from './queries';
import { formatAverage, formatCount, formatDay, formatReportDate } from './rules';

type Values = Record<string, string | number | Date>;
export type Translate = (key: string, values?: Values) => string;

export type ReportTable = { id: string; title: string; description?: string; columns: string[]; rows: string[][] };

export type ReportText = {
  title: string;
  periodLabel: string;
  empty: boolean;
  /** What the empty state says. */
  emptyText: string;
  summary: [string, string][];
  tables: ReportTable[];
};

/** Whether anything happened in the period at all (else the report is its empty state). */
export function isEmptyReport(report: PeriodReport): boolean {
  return report.meetings.length === 0 && report.themes.length === 0;
}

export function periodLabel(report: Pick<PeriodReport, 'period'>, t: Translate, locale: string): string {
  return t('periodLabel', { from: formatDay(report.period.from, locale), to: formatDay(report.period.to, locale) });
}

/**
 * `t` reads the 'reports' namespace, `category` a theme category's name. The tables: meetings,
 * themes and outcomes, industries, sizes, evaluation, follow-ups.
 */
export function reportText(report: PeriodReport, { t, category, locale }: { t: Translate; category: (c: string) => string; locale: string }): ReportText {
  const n = (v: number) => formatCount(v, locale);
  const date = (d: Date) => formatReportDate(d, locale);
  const period = periodLabel(report, t, locale);
  const meetingName = (m: { title: string; startsAt: Date }) => `${m.title} (${date(m.startsAt)})`;

  const summary: [string, string][] = [
    [t('summary.meetings'), n(report.totals.meetings)],
    [t('summary.participants'), n(report.totals.participants)],
    [t('summary.companies'), n(report.totals.companies)],
    [t('summary.proposed'), n(report.themeCounts.proposed)],
    [t('summary.accepted'), n(report.themeCounts.accepted)],
    [t('summary.discussed'), n(report.themeCounts.discussed)],
    [t('summary.outcomes'), n(report.themeCounts.withOutcome)],
    [t('summary.evaluation'), formatAverage(report.evaluation.average, locale)],
    [t('summary.answers'), n(report.evaluation.answers)],
  ];

  const participation = (rows: PeriodReport['industries'] | PeriodReport['sizes'], label: (key: string) => string) =>
    rows.map((r) => [r.key === null ? t('participation.unknown') : label(r.key), n(r.companies), n(r.participants)]);

  const tables: ReportTable[] = [
    {
      id: 'meetings',
      title: t('meetings.title'),
      description: t('meetings.description'),
      columns: [t('meetings.date'), t('meetings.meeting'), t('meetings.participants'), t('meetings.companies'), t('meetings.counted')],
      rows: report.meetings.map((m) => [
        date(m.startsAt),
        m.title,
        n(m.participants),
        n(m.companies),
        m.attendanceTaken ? t('meetings.attended') : t('meetings.registered'),
      ]),
    },
    {
      id: 'themes',
      title: t('themes.title'),
      description: t('themes.description'),
      columns: [t('themes.theme'), t('themes.category'), t('themes.proposed'), t('themes.accepted'), t('themes.discussed'), t('themes.outcome')],
      rows: report.themes.map((theme) => [
        theme.title,
        category(theme.category),
        theme.proposedAt ? date(theme.proposedAt) : t('themes.none'),
        theme.acceptedAt ? date(theme.acceptedAt) : t('themes.none'),
        theme.discussedAt.length ? theme.discussedAt.map(meetingName).join('; ') : t('themes.none'),
        theme.outcome
          ? [theme.outcome, theme.outcomeCaseNumber ? t('themes.caseNumber', { number: theme.outcomeCaseNumber }) : ''].filter(Boolean).join(' ')
          : t('themes.noOutcome'),
      ]),
    },
    {
      id: 'industries',
      title: t('participation.industryTitle'),
      description: t('participation.description'),
      columns: [t('participation.industry'), t('participation.companies'), t('participation.participants')],
      rows: participation(report.industries, (k) => k),
    },
    {
      id: 'sizes',
      title: t('participation.sizeTitle'),
      description: t('participation.description'),
      columns: [t('participation.size'), t('participation.companies'), t('participation.participants')],
      rows: participation(report.sizes, (band) => t('participation.band', { band })),
    },
    {
      id: 'evaluation',
      title: t('evaluation.title'),
      description: t('evaluation.description'),
      columns: [t('evaluation.meeting'), t('evaluation.average'), t('evaluation.answers')],
      rows: [
        ...report.meetings.map((m) => [meetingName(m), m.evaluation.answers ? formatAverage(m.evaluation.average, locale) : t('evaluation.noAnswers'), n(m.evaluation.answers)]),
        [t('evaluation.overall'), report.evaluation.answers ? formatAverage(report.evaluation.average, locale) : t('evaluation.noAnswers'), n(report.evaluation.answers)],
      ],
    },
    {
      id: 'followups',
      title: t('followups.title'),
      description: t('followups.description'),
      columns: [t('followups.meeting'), ...followupKinds.map((k) => t(`followups.${k}`))],
      rows: report.meetings.map((m) => [
        meetingName(m),
        ...followupKinds.map((k) => {
          const sent = m.followups[k];
          return sent ? t('followups.sent', { date: date(sent) }) : t('followups.notSent');
        }),
      ]),
    },
  ];

  const emptyText = t('empty.text', { from: formatDay(report.period.from, locale), to: formatDay(report.period.to, locale) });
  return { title: t('documentTitle', { period }), periodLabel: period, empty: isEmptyReport(report), emptyText, summary, tables };
}

/** The letter's head: to the committee the forum reports to, from the forum and its secretariat, the date, the period. */
export function letterhead(text: ReportText, { t, settings, locale, now }: { t: Translate; settings: ForumSettings | null; locale: string; now: Date }): [string, string][] {
  return [
    [t('docx.to'), settings?.reportsTo ?? ''],
    [t('docx.from'), settings ? t('docx.fromValue', { forum: settings.forumName, secretariat: settings.secretariatName }) : ''],
    [t('docx.date'), formatReportDate(now, locale)],
    [t('docx.period'), text.periodLabel],
  ];
}
