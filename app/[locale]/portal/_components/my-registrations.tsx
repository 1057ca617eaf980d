// The portal's list of the person's registrations, upcoming first, with cancel.
import { getTranslations } from 'next-intl/server';
import { buttonClass } from '@/app/_components/ui/button-styles';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { splitUpcomingAndPast } from '@/lib/meetings/meeting-time';
import type { readMyRegistrations } from '@/lib/registrations/queries';
import { CancelRegistrationButton } from './cancel-registration-button';
import { TicketLinks, type Ticket } from './ticket-links';

type Row = Awaited<ReturnType<typeof readMyRegistrations>>[number];

export async function MyRegistrations({
  rows,
  locale,
  unnamed = new Set(),
  tickets = [],
}: {
  rows: Row[];
  locale: string;
  unnamed?: Set<string>;
  tickets?: Ticket[];
}) {
  const t = await getTranslations('registration.portal');
  const tp = await getTranslations('party');
  // Rows come newest first; the split wants oldest first.
  const { upcoming, past } = splitUpcomingAndPast([...rows].reverse());
  const item = (r: Row, canCancel: boolean) => (
    <li key={r.id} className="rounded-md border border-zinc-300 p-4">
      <p className="text-lg font-semibold">
        <Link href={`/meetings/${r.meetingSlug}`} className="underline">{r.meetingTitle}</Link>
      </p>
      <p>
        <time dateTime={r.startsAt.toISOString()}>{formatDateTime(r.startsAt, locale)}</time> · {r.place}
      </p>
      <p className="mt-1">
        <span className="font-semibold">{t(`statuses.${r.status}`)}</span>
        {r.colleagues > 0 ? ` · ${t('withColleagues', { count: r.colleagues })}` : null}
        {r.meetingStatus === 'cancelled' ? <span className="ml-2 font-semibold text-red-800">{t('cancelledMeeting')}</span> : null}
      </p>
      {r.note ? <p className="mt-1 whitespace-pre-line text-muted">{t('note', { note: r.note })}</p> : null}
      {canCancel && unnamed.has(r.id) ? <p className="mt-1 font-semibold">{tp('nameThemShort')}</p> : null}
      {canCancel && r.meetingStatus === 'published' && r.status !== 'attended' ? (
        <p className="mt-2">
          <Link href={`/portal/registrations/${r.id}`} className={buttonClass.link}>
            {tp('manageLink')}
            <span className="sr-only">: {r.meetingTitle}</span>
          </Link>
        </p>
      ) : null}
      {canCancel && r.meetingStatus === 'published' ? <TicketLinks tickets={tickets.filter((ticket) => ticket.registrationId === r.id)} /> : null}
      {canCancel && r.meetingStatus === 'published' && r.status !== 'attended' ? (
        <div className="mt-3">
          <CancelRegistrationButton meetingId={r.meetingId} meetingTitle={r.meetingTitle} waitlisted={r.status === 'waitlisted'} />
        </div>
      ) : null}
    </li>
  );
  return (
    <section aria-labelledby="my-registrations" className="mb-12">
      <h2 id="my-registrations" className="mb-4 text-2xl font-bold">{t('title')}</h2>
      {rows.length === 0 ? (
        <div className="space-y-3">
          <p>{t('empty')}</p>
          <Link href="/meetings" className={buttonClass.secondary}>{t('seeMeetings')}</Link>
        </div>
      ) : (
        <>
          {upcoming.length ? (
            <>
              <h3 className="mb-2 text-lg font-bold">{t('upcoming')}</h3>
              <ul className="mb-6 space-y-3">{upcoming.map((r) => item(r, true))}</ul>
            </>
          ) : null}
          {past.length ? (
            <>
              <h3 className="mb-2 text-lg font-bold">{t('past')}</h3>
              <ul className="space-y-3">{past.map((r) => item(r, false))}</ul>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
