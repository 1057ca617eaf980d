// Meeting statistics for the council: participation over time, themes by status and category,
// industries — each a server-rendered SVG chart with its numbers as a table — and per meeting the
// invited, registered and attended by segment of the invitations.
import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { BarListChart } from '@/app/_components/charts/bar-list-chart';
import { ChartFigure } from '@/app/_components/charts/chart-figure';
import { GroupedColumnChart } from '@/app/_components/charts/grouped-column-chart';
import { SegmentStatistics } from '@/app/_components/council/segment-statistics';
import { EvaluationStatistics } from '@/app/_components/evaluations/evaluation-statistics';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { readInvitationStatistics, readMeetingStatistics } from '@/lib/council/queries';
import { readEvaluationAverages } from '@/lib/evaluations/queries';
import { formatShortDate } from '@/lib/format/copenhagen-time';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'council.statistics' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function CouncilStatisticsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('council.read', '/council/statistics');
  const t = await getTranslations('council.statistics');
  const tThemes = await getTranslations('themes');
  const db = await getDb();
  const [stats, bySegment] = await Promise.all([readMeetingStatistics(db), readInvitationStatistics(db)]);
  const evaluationAverages = await readEvaluationAverages(db, stats.meetings.map((m) => m.id));

  const meetingGroups = stats.meetings.map((m) => ({ label: formatShortDate(m.startsAt, locale), values: [m.participants, m.companies] }));
  const byStatus = stats.themesByStatus.map((s) => ({ label: tThemes(`statuses.${s.status}`), value: s.count }));
  const byCategory = stats.themesByCategory
    .map((c) => ({ label: tThemes(`categories.${c.category}`), value: c.count }))
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label, locale));
  const industries = stats.industries.map((i) => ({ label: i.industry ?? t('industryUnknown'), value: i.companies }));

  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <ChartFigure
        id="participation"
        title={t('participationTitle')}
        description={t('participationDescription')}
        tableLabel={t('showTable')}
        columns={[t('meeting'), t('participants'), t('companies')]}
        rows={stats.meetings.map((m) => [`${m.title} (${formatShortDate(m.startsAt, locale)})`, m.participants, m.companies])}
      >
        {meetingGroups.length ? (
          <GroupedColumnChart
            id="participation"
            series={[
              { label: t('participants'), color: '#1d4ed8' },
              { label: t('companies'), color: '#b45309' },
            ]}
            groups={meetingGroups}
          />
        ) : (
          <p>{t('noData')}</p>
        )}
      </ChartFigure>
      <EvaluationStatistics locale={locale} meetings={stats.meetings} averages={evaluationAverages} />
      <SegmentStatistics meetings={bySegment} locale={locale} />
      <ChartFigure
        id="themes-status"
        title={t('themesStatusTitle')}
        tableLabel={t('showTable')}
        columns={[t('status'), t('themes')]}
        rows={byStatus.map((s) => [s.label, s.value])}
      >
        {byStatus.length ? <BarListChart id="themes-status" label={t('themesStatusTitle')} items={byStatus} /> : <p>{t('noData')}</p>}
      </ChartFigure>
      <ChartFigure
        id="themes-category"
        title={t('themesCategoryTitle')}
        description={t('themesCategoryDescription')}
        tableLabel={t('showTable')}
        columns={[t('category'), t('themes')]}
        rows={byCategory.map((c) => [c.label, c.value])}
      >
        {byCategory.length ? <BarListChart id="themes-category" label={t('themesCategoryTitle')} items={byCategory} /> : <p>{t('noData')}</p>}
      </ChartFigure>
      <ChartFigure
        id="industries"
        title={t('industriesTitle')}
        tableLabel={t('showTable')}
        columns={[t('industry'), t('companies')]}
        rows={industries.map((i) => [i.label, i.value])}
      >
        {industries.length ? <BarListChart id="industries" label={t('industriesTitle')} items={industries} /> : <p>{t('noData')}</p>}
      </ChartFigure>
    </>
  );
}
