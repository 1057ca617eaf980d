import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { PageHeader } from '@/app/_components/ui/page-header';
import { Pager, pageNumber } from '@/app/_components/ui/pager';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDate, formatDateTime, formatShortDate, formatTime } from '@/lib/format/copenhagen-time';
import { markAttendeePresentAction, removeAttendeeAction } from '@/lib/attendees/admin-actions';
import { readPartyAttendees } from '@/lib/attendees/admin-queries';
import { Link } from '@/lib/i18n/navigation';
import { attendanceIsOpen, attendanceOpensAt, meetingPhase } from '@/lib/meetings/meeting-phase';
import { readMeetingHeaderWithSummary, readRegistrationsForAdminPage } from '@/lib/registrations/queries';
import { addRegistrationAction, moveRegistrationAction, setAttendanceAction } from '@/lib/registrations/actions';
import { z } from 'zod';
import { readSearchFilters, searchText } from '@/lib/admin/search-filters';
import { SearchInput } from '../../../_components/search-input';
import { isRouteId } from '@/lib/validation/route-id';
import { MeetingSubnav } from '../../_components/meeting-subnav';
import { readCouncilAnswersForMeeting } from '@/lib/invitations/council-rsvp-queries';
import { AddRegistrationForm } from './add-registration-form';
import { CouncilAnswers } from './council-answers';
import { RegistrationList } from './registration-list';
import { AdminClientMessages } from '../../../_components/admin-client-messages';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// The search and the page number, as long as a person types them; longer is refused, not cut.
const registrationSearch = z.object({ q: searchText, page: z.string().max(10).optional() });

// A page of people at a time, so a large meeting's page stays quick to load on a phone at the
// door; the search finds anyone at once. 25 cards fill several phone screens already, and each
// card is ~1 KB of HTML that every request renders and sends.
const PAGE_SIZE = 25;

function pageHref(meetingId: string, q: string | undefined, page: number) {
  const query = new URLSearchParams();
  if (q) query.set('q', q);
  if (page > 1) query.set('page', String(page));
  const text = query.toString();
  return `/admin/meetings/${meetingId}/registrations${text ? `?${text}` : ''}`;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'admin.registrations' });
  return { title: t('title'), robots: { index: false } };
}

export default async function RegistrationsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageAccess('registration.manage', `/admin/meetings/${id}/registrations`);
  if (!isRouteId(id)) notFound();
  const db = await getDb();
  const header = await readMeetingHeaderWithSummary(db, id);
  if (!header) notFound();
  const { meeting, summary } = header;
  const read = readSearchFilters(registrationSearch, await searchParams);
  const q = read.ok ? read.filters.q || undefined : undefined;
  const page = pageNumber(read.ok ? read.filters.page : undefined);
  const searchErrors = read.ok ? undefined : Object.values(read.errors).flat();
  // A refused search runs no list: the field says what to change.
  const listed = read.ok ? await readRegistrationsForAdminPage(db, id, q, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }) : { rows: [], total: 0 };
  const rows = listed.rows;
  // The people of the listed parties, in one query; grouped here by party.
  const people = new Map<string, Awaited<ReturnType<typeof readPartyAttendees>>>();
  for (const a of await readPartyAttendees(db, rows.map((r) => r.id))) {
    const party = people.get(a.registrationId);
    if (party) party.push(a);
    else people.set(a.registrationId, [a]);
  }
  const councilAnswers = await readCouncilAnswersForMeeting(db, meeting.id);
  const attendanceOpen = attendanceIsOpen(meeting);
  const t = await getTranslations('admin.registrations');
  const csvHref = `/api/admin/meetings/${meeting.id}/registrations-csv?locale=${locale}`;
  return (
    <AdminClientMessages paths={['admin.registrations', 'attendeesAdmin']}>
      <>
        <MeetingSubnav meeting={{ ...meeting, phase: meetingPhase(meeting) }} current="registrations" />
        <PageHeader title={t('title')} intro={`${meeting.title} · ${formatDateTime(meeting.startsAt, locale)}`} />

        <section aria-labelledby="reg-summary" className="mb-8">
          <h2 id="reg-summary" className="sr-only">{t('summaryTitle')}</h2>
          <dl className="grid grid-cols-3 gap-3 text-center">
            <div className="rounded-md border border-zinc-300 p-3">
              <dt className="text-sm text-muted">{t('seatsTaken')}</dt>
              <dd className="text-2xl font-bold">{meeting.capacity === null ? summary.seatsTaken : `${summary.seatsTaken} / ${meeting.capacity}`}</dd>
            </div>
            <div className="rounded-md border border-zinc-300 p-3">
              <dt className="text-sm text-muted">{t('waitlist')}</dt>
              <dd className="text-2xl font-bold">{summary.waitlisted}</dd>
            </div>
            <div className="rounded-md border border-zinc-300 p-3">
              <dt className="text-sm text-muted">{t('present')}</dt>
              <dd className="text-2xl font-bold">{summary.attended}</dd>
            </div>
          </dl>
          <p className="mt-4">
            <a href={csvHref} className={buttonClass.secondary} download>{t('exportCsv')}</a>
          </p>
        </section>

        <section aria-labelledby="reg-list" className="mb-10">
          <h2 id="reg-list" className="mb-3 text-2xl font-bold">{t('listTitle')}</h2>
          <form method="get" role="search" aria-label={t('searchLabel')} className="mb-4 flex flex-wrap items-end gap-2">
            <div className="grow">
              <label htmlFor="reg-q" className="block font-semibold">{t('search')}</label>
              <SearchInput id="reg-q" name="q" defaultValue={q} errors={searchErrors} className="mt-1 block w-full rounded-md border border-zinc-500 px-3 py-2" />
            </div>
            <button type="submit" className={buttonClass.secondary}>{t('searchButton')}</button>
            {q || searchErrors ? <Link href={`/admin/meetings/${meeting.id}/registrations`} className="self-center underline">{t('clearSearch')}</Link> : null}
          </form>
          <p aria-live="polite" className="mb-3 text-muted">{searchErrors ? t('searchRefused') : t('count', { count: listed.total })}</p>
          {attendanceOpen || !rows.length ? null : <p className="mb-3 rounded-md border border-zinc-300 bg-zinc-50 p-3">{t('attendanceFromDay', { day: formatDate(attendanceOpensAt(meeting), locale) })}</p>}
          <RegistrationList
            meetingId={meeting.id}
            actions={{ attend: setAttendanceAction, move: moveRegistrationAction, mark: markAttendeePresentAction, remove: removeAttendeeAction }}
            attendanceOpen={attendanceOpen}
            registrations={rows.map((r) => ({
              id: r.id,
              status: r.status,
              company: r.companyName,
              person: r.personName,
              email: r.personEmail,
              registeredAt: `${formatShortDate(r.createdAt, locale)} ${formatTime(r.createdAt, locale)}`,
              attendees: (people.get(r.id) ?? []).map((a) => ({
                id: a.id,
                name: a.name,
                isRegistrant: a.isRegistrant,
                walkIn: a.walkIn,
                email: a.email,
                // The registrant's note was the registration's before attendees had their own.
                note: a.note ?? (a.isRegistrant ? r.note : null),
                checkedInAt: a.checkedInAt ? formatTime(a.checkedInAt, locale) : null,
              })),
            }))}
          />
          <Pager page={page} pages={Math.ceil(listed.total / PAGE_SIZE)} href={(p) => pageHref(meeting.id, q, p)} label={t('pagerLabel')} />
        </section>

        <CouncilAnswers answers={councilAnswers} locale={locale} />

        <section aria-labelledby="reg-add" className="rounded-lg border border-zinc-300 p-5">
          <h2 id="reg-add" className="mb-4 text-xl font-bold">{t('add.title')}</h2>
          <AddRegistrationForm action={addRegistrationAction} meetingId={meeting.id} />
        </section>
      </>
    </AdminClientMessages>
  );
}
