// One meeting in a list: title, time, place, themes and seats (or that it was cancelled).
import { getTranslations } from 'next-intl/server';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import type { PublicMeeting } from '@/lib/meetings/queries';
import { SeatsText } from './seats-text';

export async function MeetingCard({ meeting, locale, upcoming }: { meeting: PublicMeeting; locale: string; upcoming: boolean }) {
  const t = await getTranslations('meetings');
  const headingId = `meeting-${meeting.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-md border border-zinc-300 p-5">
      <h3 id={headingId} className="text-xl font-bold">
        <Link href={`/meetings/${meeting.slug}`} className="underline-offset-4 hover:underline">
          {meeting.title}
        </Link>
      </h3>
      {meeting.status === 'cancelled' ? (
        <p className="mt-1 inline-block rounded bg-red-50 px-2 py-0.5 font-semibold text-red-800">{t('cancelledBadge')}</p>
      ) : null}
      <p className="mt-1">
        <time dateTime={meeting.startsAt.toISOString()}>{formatDateTime(meeting.startsAt, locale)}</time> · {meeting.place}
      </p>
      {meeting.themes.length ? (
        <p className="mt-2 text-muted">
          {t('themesLabel')}: {meeting.themes.map((theme) => theme.title).join(' · ')}
        </p>
      ) : null}
      {upcoming && meeting.status === 'published' ? (
        <p className="mt-2 font-semibold">
          <SeatsText capacity={meeting.capacity} taken={meeting.seatsTaken} waiting={meeting.waiting} />
        </p>
      ) : null}
    </article>
  );
}
