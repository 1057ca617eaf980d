import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { agendaItemKinds } from '@/db/schema';
import { addAgendaItemAction, deleteAgendaItemAction, moveAgendaItemAction, updateAgendaItemAction } from '@/lib/agenda/actions';
import { readAgenda, readAgendaThemeChoices } from '@/lib/agenda/queries';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDateTime, formatTime } from '@/lib/format/copenhagen-time';
import { meetingPhase } from '@/lib/meetings/meeting-phase';
import { readSpeakers } from '@/lib/speakers/queries';
import { isRouteId } from '@/lib/validation/route-id';
import { MeetingSubnav } from '../../_components/meeting-subnav';
import { AgendaItemForm } from './agenda-item-form';
import { AgendaList } from './agenda-list';
import { AgendaPreview } from './agenda-preview';
import { AdminClientMessages } from '../../../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.agenda' });
  return { title: t('title'), robots: { index: false } };
}

export default async function AgendaBuilderPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageAccess('meeting.manage', `/admin/meetings/${id}/agenda`);
  if (!isRouteId(id)) notFound();
  const db = await getDb();
  const agenda = await readAgenda(db, id);
  if (!agenda) notFound();
  const [themes, speakers] = await Promise.all([readAgendaThemeChoices(db, id), readSpeakers(db)]);
  const t = await getTranslations('admin.agenda');
  const { meeting, items, fit } = agenda;
  const choices = {
    kinds: agendaItemKinds,
    themes,
    speakers: speakers.map((s) => ({ id: s.id, label: [s.name, s.organisation].filter(Boolean).join(', ') })),
  };
  const listed = items.map((item) => ({
    ...item,
    time: `${formatTime(item.startsAt, locale)}–${formatTime(item.endsAt, locale)}`,
    kindLabel: t(`kinds.${item.kind}`),
    speakerNames: item.speakers.map((s) => s.name),
  }));
  const phase = meetingPhase(meeting);
  return (
    <AdminClientMessages paths={['admin.agenda']}>
      <>
        <MeetingSubnav meeting={{ id: meeting.id, slug: meeting.slug, status: meeting.status, phase }} current="agenda" />
        <PageHeader title={t('title')} intro={`${meeting.title} · ${formatDateTime(meeting.startsAt, locale)}–${formatTime(meeting.endsAt, locale)}`} />

        <section aria-labelledby="agenda-items" className="mb-10">
          <h2 id="agenda-items" className="mb-2 text-2xl font-bold">{t('itemsTitle')}</h2>
          <div aria-live="polite" className="mb-4">
            {items.length === 0 ? null : fit.fits ? (
              <Notice tone="info">
                {t('fits', { total: fit.totalMinutes, end: formatTime(fit.agendaEndsAt, locale), spare: -fit.overrunMinutes, meetingEnd: formatTime(meeting.endsAt, locale) })}
              </Notice>
            ) : (
              <Notice tone="warning">
                {t('overrun', { total: fit.totalMinutes, end: formatTime(fit.agendaEndsAt, locale), over: fit.overrunMinutes, meetingEnd: formatTime(meeting.endsAt, locale) })}
              </Notice>
            )}
          </div>
          <AgendaList
            items={listed}
            choices={choices}
            actions={{ move: moveAgendaItemAction, update: updateAgendaItemAction, remove: deleteAgendaItemAction }}
          />
        </section>

        <section aria-labelledby="agenda-add" className="mb-10 rounded-lg border border-zinc-300 p-5">
          <h2 id="agenda-add" className="mb-4 text-xl font-bold">{t('addTitle')}</h2>
          <AgendaItemForm mode="add" action={addAgendaItemAction} meetingId={meeting.id} choices={choices} />
        </section>

        <AgendaPreview meetingTitle={meeting.title} items={listed} />
      </>
    </AdminClientMessages>
  );
}
