import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { followupKinds } from '@/db/schema';
import { readNextMeetingReadiness, readPendingThemes } from '@/lib/admin/queries';
import { readBriefingApprovals, readFollowupsDue } from '@/lib/followups/queries';
import { can, requirePageAccess } from '@/lib/auth/gate';
import { formatDateTime, formatShortDate, formatTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { readCompaniesNeedingAttention } from '@/lib/companies/queries';
import { countFailedPersonalEmails } from '@/lib/mail/failed-emails';
import { StatusBadge } from './_components/status-badge';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin' });
  return { title: t('metaTitle'), robots: { index: false } };
}

function Check({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  return (
    <li className="flex gap-2">
      <span aria-hidden="true" className={ok ? 'text-green-800' : 'text-red-700'}>{ok ? '✓' : '!'}</span>
      <span>{children}</span>
    </li>
  );
}

type Approvals = Awaited<ReturnType<typeof readBriefingApprovals>>;

/**
 * Briefings with the chair: the chair sees what awaits the chair's approval first; the
 * secretariat sees what is awaiting and what came back, with the chair's comment.
 */
async function BriefingApprovals({ approvals, chair, locale }: { approvals: Approvals; chair: boolean; locale: string }) {
  const t = await getTranslations('briefingCase.dashboard');
  const shown = chair ? approvals.filter((a) => a.approval === 'requested') : approvals;
  if (chair && shown.length === 0) return null;
  return (
    <section aria-labelledby="dash-approvals" className={`rounded-lg border p-5 lg:col-span-2 ${shown.length ? 'border-2 border-blue-800' : 'border-zinc-300'}`}>
      <h2 id="dash-approvals" className="text-xl font-bold">{chair ? t('chairTitle') : t('secretariatTitle')}</h2>
      {shown.length ? (
        <ul className="mt-3 space-y-3">
          {shown.map((a) => (
            <li key={a.id} data-approval={a.approval}>
              <Link href={`/admin/meetings/${a.meetingId}/follow-up/briefing`} className="font-semibold underline">{a.title || a.meetingTitle}</Link>
              <span className="text-muted"> · {a.meetingTitle}</span>
              <p className="text-sm">
                {a.approval === 'requested'
                  ? t('awaiting', { date: a.requestedAt ? formatShortDate(a.requestedAt, locale) : '' })
                  : t('returned', { name: a.approverName ?? '–', date: a.decidedAt ? formatShortDate(a.decidedAt, locale) : '' })}
              </p>
              {a.approval === 'returned' && a.comment ? <p className="mt-1 whitespace-pre-line text-sm">{t('comment', { comment: a.comment })}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2">{t('none')}</p>
      )}
    </section>
  );
}

export default async function AdminDashboardPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('admin.access', '/admin');
  const t = await getTranslations('admin');
  const db = await getDb();
  const [approvals, pending, next, due, failedEmails, companies] = await Promise.all([
    readBriefingApprovals(db),
    readPendingThemes(db),
    readNextMeetingReadiness(db),
    readFollowupsDue(db),
    countFailedPersonalEmails(db),
    readCompaniesNeedingAttention(db),
  ]);
  const tEmails = await getTranslations('adminEmails');
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')} />
      <div className="grid gap-6 lg:grid-cols-2">
        <BriefingApprovals approvals={approvals} chair={can(user, 'briefing.approve')} locale={locale} />

        <section aria-labelledby="dash-themes" className="rounded-lg border border-zinc-300 p-5">
          <h2 id="dash-themes" className="text-xl font-bold">{t('dashboard.themesTitle')}</h2>
          <p className="mt-2">{t('dashboard.themesWaiting', { count: pending.count })}</p>
          {pending.oldest.length ? (
            <ul className="mt-3 space-y-1">
              {pending.oldest.map((theme) => (
                <li key={theme.id}>
                  <Link href={`/admin/themes/${theme.id}`} className="font-semibold underline">{theme.title}</Link>{' '}
                  <span className="text-sm text-muted">{t('dashboard.submittedOn', { date: formatShortDate(theme.createdAt, locale) })}</span>
                </li>
              ))}
            </ul>
          ) : null}
          <p className="mt-4">
            <Link href="/admin/themes" className={buttonClass.secondary}>{t('dashboard.openQueue')}</Link>
          </p>
        </section>

        <section aria-labelledby="dash-next" className="rounded-lg border border-zinc-300 p-5">
          <h2 id="dash-next" className="text-xl font-bold">{t('dashboard.nextTitle')}</h2>
          {next ? (
            <>
              <p className="mt-2 text-lg font-semibold">
                <Link href={`/admin/meetings/${next.meeting.id}`} className="underline">{next.meeting.title}</Link>
              </p>
              <p className="text-muted">{formatDateTime(next.meeting.startsAt, locale)}</p>
              <ul className="mt-3 space-y-1">
                <Check ok={next.meeting.status === 'published'}>
                  <StatusBadge status={next.meeting.status} label={t(`common.status.${next.meeting.status}`)} />{' '}
                  {next.meeting.status === 'published' ? t('dashboard.published') : t('dashboard.notPublished')}
                </Check>
                <Check ok={next.agenda.complete}>
                  {next.agenda.items === 0
                    ? t('dashboard.agendaEmpty')
                    : next.agenda.complete
                      ? t('dashboard.agendaComplete', { count: next.agenda.items, end: formatTime(next.agenda.fit.agendaEndsAt, locale) })
                      : !next.agenda.fit.fits
                        ? t('dashboard.agendaTooLong', { minutes: next.agenda.fit.overrunMinutes })
                        : t('dashboard.agendaMissingThemes', { themes: next.agenda.themesMissing.map((th) => th.title).join(', ') })}
                </Check>
                <Check ok={next.seats.capacity === null || next.seats.taken < next.seats.capacity}>
                  {next.seats.capacity === null
                    ? t('dashboard.seatsNoLimit', { taken: next.seats.taken })
                    : t('dashboard.seats', { taken: next.seats.taken, capacity: next.seats.capacity })}
                  {next.seats.waitlisted ? ` ${t('dashboard.waitlisted', { count: next.seats.waitlisted })}` : ''}
                </Check>
              </ul>
              <p className="mt-4 flex flex-wrap gap-2">
                <Link href={`/admin/meetings/${next.meeting.id}/agenda`} className={buttonClass.secondary}>{t('dashboard.openAgenda')}</Link>
                <Link href={`/admin/meetings/${next.meeting.id}/registrations`} className={buttonClass.secondary}>{t('dashboard.openRegistrations')}</Link>
              </p>
            </>
          ) : (
            <>
              <p className="mt-2">{t('dashboard.noNext')}</p>
              <p className="mt-4"><Link href="/admin/meetings/new" className={buttonClass.primary}>{t('meetings.new')}</Link></p>
            </>
          )}
        </section>

        <section aria-labelledby="dash-companies" className="rounded-lg border border-zinc-300 p-5 lg:col-span-2">
          <h2 id="dash-companies" className="text-xl font-bold">{t('dashboard.companiesTitle')}</h2>
          {companies.pendingRequests || companies.unverifiedCompanies ? (
            <>
              <ul className="mt-2 space-y-1">
                {companies.pendingRequests ? <li className="font-semibold text-red-700">{t('dashboard.companiesRequests', { count: companies.pendingRequests })}</li> : null}
                {companies.unverifiedCompanies ? <li>{t('dashboard.companiesUnverified', { count: companies.unverifiedCompanies })}</li> : null}
              </ul>
              <p className="mt-4"><Link href="/admin/companies" className={buttonClass.secondary}>{t('dashboard.companiesOpen')}</Link></p>
            </>
          ) : (
            <p className="mt-2">{t('dashboard.companiesNone')}</p>
          )}
        </section>

        <section aria-labelledby="dash-emails" className="rounded-lg border border-zinc-300 p-5 lg:col-span-2">
          <h2 id="dash-emails" className="text-xl font-bold">{tEmails('dashboardTitle')}</h2>
          {failedEmails ? (
            <>
              <p className="mt-2 font-semibold text-red-700">{tEmails('dashboardFailed', { count: failedEmails })}</p>
              <p className="mt-4"><Link href="/admin/emails" className={buttonClass.secondary}>{tEmails('dashboardOpen')}</Link></p>
            </>
          ) : (
            <p className="mt-2">{tEmails('dashboardNone')}</p>
          )}
        </section>

        <section aria-labelledby="dash-followups" className="rounded-lg border border-zinc-300 p-5 lg:col-span-2">
          <h2 id="dash-followups" className="text-xl font-bold">{t('dashboard.followupsTitle')}</h2>
          {due.length ? (
            <ul className="mt-3 space-y-3">
              {due.map((m) => (
                <li key={m.id}>
                  <Link href={`/admin/meetings/${m.id}/follow-up`} className="font-semibold underline">{m.title}</Link>
                  <span className="text-muted"> · {formatShortDate(m.startsAt, locale)}</span>
                  <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
                    {followupKinds.map((kind) => (
                      <li key={kind}>
                        {t(`dashboard.followupKinds.${kind}`)}: {m.dispatched.includes(kind) ? t('dashboard.dispatched') : t('dashboard.notDispatched')}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2">{t('dashboard.followupsNone')}</p>
          )}
        </section>
      </div>
    </>
  );
}
