import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Container } from '@/app/_components/ui/container';
import { MarkdownText } from '@/app/_components/ui/markdown';
import { Notice } from '@/app/_components/ui/notice';
import { getArticleForMeeting } from '@/lib/articles/queries';
import { formatDateTime, formatTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { calendarFileName } from '@/lib/meetings/calendar';
import { meetingPhase } from '@/lib/meetings/meeting-phase';
import { registrationClosedReason } from '@/lib/registrations/rules';
import { getMeetingPage } from '@/lib/meetings/queries';
import { pageMetadata, shortDescription } from '@/lib/seo/page-metadata';
import { Agenda } from '../_components/agenda';
import { SeatsText } from '../_components/seats-text';
import { RegistrationPanel } from './registration-panel';

type Props = { params: Promise<{ locale: string; slug: string }> };

// Rendered on first visit and cached; a change to the meeting or its registrations revalidates
// it, and the clock (held or not) at least hourly.
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const meeting = await getMeetingPage(slug);
  if (!meeting) return {};
  const when = formatDateTime(meeting.startsAt, locale);
  return pageMetadata({
    locale,
    path: `/meetings/${meeting.slug}`,
    title: meeting.title,
    description: shortDescription(`${when}, ${meeting.place}. ${meeting.description}`),
  });
}

export default async function MeetingPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const meeting = await getMeetingPage(slug);
  if (!meeting) notFound();
  const t = await getTranslations('meetings');
  const phase = meetingPhase(meeting);
  const held = phase === 'held';
  const cancelled = phase === 'cancelled';
  const open = phase === 'published';
  const article = held ? await getArticleForMeeting(meeting.id) : null;
  const location = [meeting.place, meeting.address].filter(Boolean).join(', ');
  const mapUrl = `https://www.openstreetmap.org/search?query=${encodeURIComponent(meeting.address ?? meeting.place)}`;

  return (
    <Container>
      <p className="mb-4">
        <Link href="/meetings" className="underline">{t('allMeetings')}</Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{meeting.title}</h1>
      <div className="mt-4 max-w-3xl space-y-3">
        {cancelled ? <Notice tone="warning" title={t('cancelledTitle')}>{t('cancelledText')}</Notice> : null}
        {held ? <Notice>{t('heldText')}</Notice> : null}
      </div>

      <dl className="mt-6 grid max-w-3xl gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t('facts.when')}</dt>
        <dd>
          <time dateTime={meeting.startsAt.toISOString()}>{formatDateTime(meeting.startsAt, locale)}</time>
          {'–'}
          <time dateTime={meeting.endsAt.toISOString()}>{formatTime(meeting.endsAt, locale)}</time>
        </dd>
        <dt className="font-semibold">{t('facts.where')}</dt>
        <dd>
          {location}{' '}
          <a href={mapUrl} className="underline" rel="noopener noreferrer" target="_blank">
            {t('facts.map')}
            <span className="sr-only"> {t('facts.newWindow')}</span>
          </a>
        </dd>
        {open ? (
          <>
            <dt className="font-semibold">{t('facts.deadline')}</dt>
            <dd>{meeting.registrationDeadline ? formatDateTime(meeting.registrationDeadline, locale) : t('facts.noDeadline')}</dd>
            <dt className="font-semibold">{t('facts.seats')}</dt>
            <dd>
              <SeatsText capacity={meeting.capacity} taken={meeting.seatsTaken} waiting={meeting.waiting} />
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('facts.calendar')}</dt>
        <dd>
          <a href={`/feeds/meetings/${calendarFileName(meeting.slug)}`} type="text/calendar" download className="underline">
            {t('facts.addToCalendar')}
          </a>
        </dd>
      </dl>

      {meeting.description ? (
        <section aria-label={t('aboutMeeting')} className="mt-8">
          <MarkdownText>{meeting.description}</MarkdownText>
        </section>
      ) : null}

      {open ? (
        <section id="register" aria-labelledby="registration" className="mt-10 max-w-3xl scroll-mt-4 rounded-lg border border-brand-600 bg-brand-50 p-6">
          <h2 id="registration" className="text-2xl font-bold">{t('registrationTitle')}</h2>
          <RegistrationPanel
            meetingId={meeting.id}
            facts={{
              startsAt: meeting.startsAt.toISOString(),
              registrationDeadline: meeting.registrationDeadline?.toISOString() ?? null,
              capacity: meeting.capacity,
              seatsTaken: meeting.seatsTaken,
              waiting: meeting.waiting,
              closedAtRender: registrationClosedReason(meeting),
            }}
          />
        </section>
      ) : null}

      {article ? (
        <section aria-labelledby="article" className="mt-10 max-w-3xl">
          <h2 id="article" className="text-2xl font-bold">{t('articleTitle')}</h2>
          <p className="mt-2 font-semibold">
            <Link href={`/articles/${article.slug}`} className="underline">{article.title}</Link>
          </p>
          {article.lead ? <p className="mt-1 text-muted">{article.lead}</p> : null}
        </section>
      ) : null}

      {meeting.themes.length ? (
        <section aria-labelledby="themes" className="mt-10">
          <h2 id="themes" className="text-2xl font-bold">{t('themesTitle')}</h2>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            {meeting.themes.map((theme) => (
              <li key={theme.id}>
                <Link href={`/themes/${theme.id}`} className="underline">{theme.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="agenda" className="mt-10">
        <h2 id="agenda" className="mb-4 text-2xl font-bold">{t('agendaTitle')}</h2>
        <Agenda meeting={meeting} locale={locale} />
      </section>
    </Container>
  );
}
