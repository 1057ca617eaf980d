import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatShortDate } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { meetingPhase } from '@/lib/meetings/meeting-phase';
import { readMergeTargets, readSchedulableMeetings, readThemeForModeration } from '@/lib/themes/queries';
import { decideThemeAction, editThemeWordingAction, mergeThemeAction, scheduleThemeAction } from '@/lib/themes/actions';
import { StatusBadge } from '../../_components/status-badge';
import { DecisionForm, MergeForm, ScheduleForm } from './theme-decision-forms';
import { ThemeWordingForm } from './theme-wording-form';
import { ThemeOutcomeForm } from './theme-outcome-form';
import { recordThemeOutcomeAction } from '@/lib/themes/trail-actions';
import { isRouteId } from '@/lib/validation/route-id';
import { AdminClientMessages } from '../../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string; id: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.themes' });
  return { title: t('detailTitle'), robots: { index: false } };
}

export default async function AdminThemePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageAccess('theme.moderate', `/admin/themes/${id}`);
  if (!isRouteId(id)) notFound();
  const db = await getDb();
  const theme = await readThemeForModeration(db, id);
  if (!theme) notFound();
  const [targets, meetings] = await Promise.all([readMergeTargets(db), readSchedulableMeetings(db)]);
  const t = await getTranslations('admin.themes');
  const tThemes = await getTranslations('themes');
  const tStatus = await getTranslations('admin.common.status');
  const tOutcome = await getTranslations('themeTrail.admin');
  const ref = { id: theme.id, version: theme.version, status: theme.status, moderatorAnswer: theme.moderatorAnswer };
  const edited = theme.publicTitle !== null || theme.publicDescription !== null;
  return (
    <AdminClientMessages paths={['admin.themes']}>
      <>
        <p className="mb-4"><Link href="/admin/themes" className="underline">{t('backToThemes')}</Link></p>
        <PageHeader title={theme.title}>
          <p className="mt-3 flex flex-wrap items-center gap-2">
            <StatusBadge status={theme.status} label={tThemes(`statuses.${theme.status}`)} />
            <span className="text-muted">{tThemes(`categories.${theme.category}`)}</span>
          </p>
        </PageHeader>

        <section aria-labelledby="theme-facts" className="mb-10">
          <h2 id="theme-facts" className="sr-only">{t('facts')}</h2>
          {edited ? <h3 className="mb-2 text-lg font-bold">{t('proposerWording')}</h3> : null}
          {/* Proposers write the safe markdown subset: shown as the public sees it, never as raw ** … **. */}
          <MarkdownText>{theme.description}</MarkdownText>
          {edited ? (
            <div className="mt-6 max-w-3xl rounded-md border-l-4 border-brand-700 bg-zinc-50 p-4">
              <h3 className="text-lg font-bold">{t('publicWording')}</h3>
              <p className="text-sm text-muted">{t('publicWordingEdited', { date: formatShortDate(theme.wordingEditedAt!, locale) })}</p>
              <p className="mt-2 font-semibold">{theme.publicTitle ?? theme.title}</p>
              <MarkdownText className="mt-2">{theme.publicDescription ?? theme.description}</MarkdownText>
            </div>
          ) : null}
          <dl className="mt-4 grid max-w-3xl grid-cols-[auto_1fr] gap-x-6 gap-y-1">
            <dt className="font-semibold">{t('proposer')}</dt>
            <dd>{[theme.proposerName, theme.proposerEmail].filter(Boolean).join(' · ') || t('noProposer')}</dd>
            <dt className="font-semibold">{t('company')}</dt>
            <dd>{theme.companyName ?? '–'}</dd>
            <dt className="font-semibold">{t('submittedAt')}</dt>
            <dd>{formatShortDate(theme.createdAt, locale)}</dd>
            <dt className="font-semibold">{t('supportsLabel')}</dt>
            <dd>{theme.supports}</dd>
            {theme.wishedMeeting ? (
              <>
                <dt className="font-semibold">{t('wishedMeeting')}</dt>
                <dd>{theme.wishedMeeting.title}</dd>
              </>
            ) : null}
            {theme.mergedInto ? (
              <>
                <dt className="font-semibold">{t('mergedInto')}</dt>
                <dd><Link href={`/admin/themes/${theme.mergedInto.id}`} className="underline">{theme.mergedInto.title}</Link></dd>
              </>
            ) : null}
            {theme.moderatorAnswer ? (
              <>
                <dt className="font-semibold">{t('currentAnswer')}</dt>
                <dd className="whitespace-pre-wrap">{theme.moderatorAnswer}</dd>
              </>
            ) : null}
            <dt className="font-semibold">{t('onMeetingsLabel')}</dt>
            <dd>{theme.meetings.length ? theme.meetings.map((m) => m.title).join(', ') : '–'}</dd>
          </dl>
        </section>

        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="decide" className="rounded-lg border border-zinc-300 p-5">
            <h2 id="decide" className="mb-4 text-xl font-bold">{t('decideTitle')}</h2>
            <DecisionForm action={decideThemeAction} theme={ref} />
          </section>
          <section aria-labelledby="schedule" className="rounded-lg border border-zinc-300 p-5">
            <h2 id="schedule" className="mb-4 text-xl font-bold">{t('scheduleTitle')}</h2>
            <ScheduleForm
              action={scheduleThemeAction}
              theme={ref}
              current={theme.meetings.map((m) => m.id)}
              meetings={meetings.map((m) => ({
                id: m.id,
                label: `${m.title} (${formatShortDate(m.startsAt, locale)}, ${tStatus(meetingPhase({ status: m.status, startsAt: m.startsAt }))})`,
              }))}
            />
          </section>
          <section aria-labelledby="wording" className="rounded-lg border border-zinc-300 p-5 lg:col-span-2">
            <h2 id="wording" className="mb-2 text-xl font-bold">{t('wordingSectionTitle')}</h2>
            <p className="mb-4 max-w-3xl text-muted">{t('wordingIntro')}</p>
            <ThemeWordingForm
              action={editThemeWordingAction}
              theme={ref}
              current={{ title: theme.publicTitle ?? theme.title, description: theme.publicDescription ?? theme.description }}
            />
          </section>
          <section aria-labelledby="merge" className="rounded-lg border border-zinc-300 p-5">
            <h2 id="merge" className="mb-4 text-xl font-bold">{t('mergeTitle')}</h2>
            <MergeForm action={mergeThemeAction} theme={ref} title={theme.title} targets={targets.filter((x) => x.id !== theme.id)} />
          </section>
          <section aria-labelledby="outcome" className="rounded-lg border border-zinc-300 p-5">
            <h2 id="outcome" className="mb-2 text-xl font-bold">{tOutcome('title')}</h2>
            <p className="mb-4 text-muted">{tOutcome('intro')}</p>
            {theme.status === 'accepted' ? (
              <p className="mb-4">
                <Link href={`/themes/${theme.id}`} className="underline">{tOutcome('publicPage')}</Link>
              </p>
            ) : null}
            <ThemeOutcomeForm action={recordThemeOutcomeAction} theme={ref} current={{ outcome: theme.outcome, caseNumber: theme.outcomeCaseNumber }}
              texts={{
                outcome: tOutcome('outcome'),
                outcomeHint: tOutcome('outcomeHint'),
                caseNumber: tOutcome('caseNumber'),
                caseNumberHint: tOutcome('caseNumberHint'),
                save: tOutcome('save'),
                notAccepted: tOutcome('notAccepted'),
                working: tOutcome('working'),
              }}
            />
          </section>
        </div>
      </>
    </AdminClientMessages>
  );
}
