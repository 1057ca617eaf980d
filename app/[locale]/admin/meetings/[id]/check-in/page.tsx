// The door's check-in page, made for a phone: scan a ticket, find a person, add a walk-in, and
// the count of who is in. Opens on the meeting's day (Copenhagen time); before, it says when.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ClientMessages } from '@/app/_components/i18n/client-messages';
import { PageHeader } from '@/app/_components/ui/page-header';
import { getDb } from '@/db/client';
import { checkInPersonAction, checkInTicketAction, undoCheckInAction, walkInAction } from '@/lib/attendees/check-in-actions';
import { readCheckInCount, readCheckInMeeting } from '@/lib/attendees/check-in-queries';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDate, formatDateTime } from '@/lib/format/copenhagen-time';
import { attendanceIsOpen, attendanceOpensAt, meetingPhase } from '@/lib/meetings/meeting-phase';
import { isRouteId } from '@/lib/validation/route-id';
import { MeetingSubnav } from '../../_components/meeting-subnav';
import { CheckInDesk } from './check-in-desk';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'tickets.door' });
  return { title: t('metaTitle'), robots: { index: false } };
}

export default async function CheckInPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageAccess('meeting.check-in', `/admin/meetings/${id}/check-in`);
  if (!isRouteId(id)) notFound();
  const db = await getDb();
  const meeting = await readCheckInMeeting(db, id);
  if (!meeting) notFound();
  const t = await getTranslations('tickets.door');
  const open = meeting.status === 'published' && attendanceIsOpen(meeting);
  return (
    <>
      <PageHeader title={t('title')} intro={`${meeting.title} · ${formatDateTime(meeting.startsAt, locale)} · ${meeting.place}`} />
      {meeting.status !== 'published' ? (
        <p className="rounded-md border border-zinc-300 bg-zinc-50 p-4">{t('notPublished')}</p>
      ) : !open ? (
        <p className="rounded-md border border-zinc-300 bg-zinc-50 p-4">{t('notOpen', { day: formatDate(attendanceOpensAt(meeting), locale) })}</p>
      ) : (
        <ClientMessages paths={['tickets.door']}>
          <CheckInDesk
            meetingId={meeting.id}
            initialCount={await readCheckInCount(db, meeting.id)}
            actions={{ ticket: checkInTicketAction, person: checkInPersonAction, undo: undoCheckInAction, walkIn: walkInAction }}
          />
        </ClientMessages>
      )}
      {/* Below the door's tools: on a phone the scan button comes first, the meeting's other pages after. */}
      <div className="mt-10">
        <MeetingSubnav meeting={{ ...meeting, phase: meetingPhase(meeting) }} current="checkIn" />
      </div>
    </>
  );
}
