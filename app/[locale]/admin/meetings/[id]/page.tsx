import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { readMeetingForEdit, readMeetingThemeChoices } from '@/lib/meetings/queries';
import { changeMeetingStatusAction, saveMeetingAction } from '@/lib/meetings/actions';
import { isDatedInThePast, meetingPhase } from '@/lib/meetings/meeting-phase';
import { readRegistrationSummary } from '@/lib/registrations/queries';
import { StatusBadge } from '../../_components/status-badge';
import { MeetingForm } from '../_components/meeting-form';
import { meetingFormValues } from '../_components/meeting-form-values';
import { MeetingStatusActions } from '../_components/meeting-status-actions';
import { MeetingSubnav } from '../_components/meeting-subnav';
import { isRouteId } from '@/lib/validation/route-id';
import { AdminClientMessages } from '../../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.meetings' });
  return { title: t('editTitle'), robots: { index: false } };
}

export default async function AdminMeetingPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageAccess('meeting.manage', `/admin/meetings/${id}`);
  if (!isRouteId(id)) notFound();
  const db = await getDb();
  const meeting = await readMeetingForEdit(db, id);
  if (!meeting) notFound();
  const [themes, summary] = await Promise.all([readMeetingThemeChoices(db, id), readRegistrationSummary(db, id)]);
  const t = await getTranslations('admin.meetings');
  const tStatus = await getTranslations('admin.common.status');
  const phase = meetingPhase(meeting);
  const { created } = await searchParams;
  return (
    <AdminClientMessages paths={['admin.meetings']}>
      <>
        <MeetingSubnav meeting={{ id: meeting.id, slug: meeting.slug, status: meeting.status, phase }} current="edit" />
        <PageHeader title={meeting.title}>
          <p className="mt-3 flex flex-wrap items-center gap-2">
            <StatusBadge status={phase} label={tStatus(phase)} />
            <span className="text-muted">{formatDateTime(meeting.startsAt, locale)}</span>
          </p>
        </PageHeader>
        {created ? <div className="mb-6"><Notice tone="success">{t('created')}</Notice></div> : null}
        <section aria-labelledby="meeting-status" className="mb-10 rounded-lg border border-zinc-300 p-5">
          <h2 id="meeting-status" className="mb-3 text-xl font-bold">{t('statusTitle')}</h2>
          <p className="mb-4 text-muted">{t(phase === 'draft' && isDatedInThePast(meeting.startsAt) ? 'statusText.draftPast' : `statusText.${phase}`)}</p>
          <MeetingStatusActions
            action={changeMeetingStatusAction}
            meeting={{ id: meeting.id, version: meeting.version, phase, startsAt: meeting.startsAt }}
            toNotify={summary.registrations + summary.waitlisted}
          />
        </section>
        <section aria-labelledby="meeting-edit">
          <h2 id="meeting-edit" className="mb-4 text-xl font-bold">{t('editTitle')}</h2>
          <MeetingForm action={saveMeetingAction} meeting={meetingFormValues(meeting)} themes={themes} />
        </section>
      </>
    </AdminClientMessages>
  );
}
