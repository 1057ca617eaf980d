import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatShortDate, formatTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { readMeetingsForAdmin } from '@/lib/meetings/queries';
import { meetingPhase } from '@/lib/meetings/meeting-phase';
import { StatusBadge } from '../_components/status-badge';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.meetings' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AdminMeetingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePageAccess('meeting.manage', '/admin/meetings');
  const t = await getTranslations('admin.meetings');
  const tStatus = await getTranslations('admin.common.status');
  const meetings = await readMeetingsForAdmin(await getDb());
  return (
    <>
      <PageHeader title={t('title')} intro={t('intro')}>
        <p className="mt-4"><Link href="/admin/meetings/new" className={buttonClass.primary}>{t('new')}</Link></p>
      </PageHeader>
      {meetings.length ? (
        <ul className="divide-y divide-zinc-200 rounded-md border border-zinc-300">
          {meetings.map((m) => {
            const phase = meetingPhase(m);
            return (
              <li key={m.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between">
                <div>
                  <p className="flex flex-wrap items-center gap-2">
                    <Link href={`/admin/meetings/${m.id}`} className="text-lg font-semibold underline">{m.title}</Link>
                    <StatusBadge status={phase} label={tStatus(phase)} />
                  </p>
                  <p className="text-muted">
                    {formatShortDate(m.startsAt, locale)} {formatTime(m.startsAt, locale)}–{formatTime(m.endsAt, locale)}
                  </p>
                  <p className="text-sm">
                    {m.capacity === null ? t('seatsNoLimit', { taken: m.seatsTaken }) : t('seats', { taken: m.seatsTaken, capacity: m.capacity })}
                    {m.waitlisted ? ` · ${t('waitlisted', { count: m.waitlisted })}` : ''} · {t('agendaItems', { count: m.agendaItems })}
                  </p>
                </div>
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <li><Link href={`/admin/meetings/${m.id}/agenda`} className="font-semibold underline">{t('agenda')}<span className="sr-only">: {m.title}</span></Link></li>
                  <li><Link href={`/admin/meetings/${m.id}/registrations`} className="font-semibold underline">{t('registrations')}<span className="sr-only">: {m.title}</span></Link></li>
                  {phase === 'held' ? (
                    <li><Link href={`/admin/meetings/${m.id}/follow-up`} className="font-semibold underline">{t('followUp')}<span className="sr-only">: {m.title}</span></Link></li>
                  ) : null}
                </ul>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="rounded-md border border-zinc-300 p-4">{t('empty')}</p>
      )}
    </>
  );
}
