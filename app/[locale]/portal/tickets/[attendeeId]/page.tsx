// One ticket of the signed-in registrant's party: the QR code large enough to scan from a phone's
// screen, who it is for, and the meeting. A colleague's ticket can be printed, or its image's
// link forwarded (the image holds the signed code only). Another party's ticket is "not found".
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Notice } from '@/app/_components/ui/notice';
import { PrintButton } from '@/app/_components/ui/print-button';
import { getDb } from '@/db/client';
import { ticketQrPath, ticketQrUrl } from '@/lib/attendees/ticket-code';
import { readOwnPartyTickets, readOwnTicket } from '@/lib/attendees/ticket-queries';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDateTime, formatTime } from '@/lib/format/copenhagen-time';
import { Link } from '@/lib/i18n/navigation';
import { isRouteId } from '@/lib/validation/route-id';

type Props = { params: Promise<{ locale: string; attendeeId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'tickets.portal' });
  return { title: t('title'), robots: { index: false } };
}

export default async function TicketPage({ params }: Props) {
  const { locale, attendeeId } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('portal.use', `/portal/tickets/${attendeeId}`);
  if (!isRouteId(attendeeId)) notFound();
  const db = await getDb();
  const ticket = await readOwnTicket(db, user.id, attendeeId);
  if (!ticket) notFound();
  const party = await readOwnPartyTickets(db, user.id, [ticket.registrationId]);
  const t = await getTranslations('tickets.portal');
  const name = ticket.name || t('unnamed');
  return (
    <>
      <p className="mb-4" data-no-print>
        <Link href="/portal" className="underline">{t('back')}</Link>
      </p>
      <article aria-labelledby="ticket-title" className="max-w-xl rounded-lg border-2 border-zinc-800 p-5">
        <h1 id="ticket-title" className="text-3xl font-bold">
          {t('title')}: {name}
        </h1>
        <p className="mt-2">{t('intro')}</p>
        {/* 288 CSS px: 6–7 px per module, readable from a phone held at arm's length. */}
        {/* eslint-disable-next-line @next/next/no-img-element -- a generated PNG, not an optimisable asset */}
        <img src={ticketQrPath(ticket)} alt={t('qrAlt', { name })} width={288} height={288} className="mx-auto my-5 block h-72 w-72 [image-rendering:pixelated]" />
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {ticket.company ? (
            <>
              <dt className="font-semibold">{t('company')}</dt>
              <dd>{ticket.company}</dd>
            </>
          ) : null}
          <dt className="font-semibold">{t('meeting')}</dt>
          <dd>{ticket.meetingTitle}</dd>
          <dt className="font-semibold">{t('time')}</dt>
          <dd>
            <time dateTime={ticket.startsAt.toISOString()}>{formatDateTime(ticket.startsAt, locale)}</time>–{formatTime(ticket.endsAt, locale)}
          </dd>
          <dt className="font-semibold">{t('place')}</dt>
          <dd>{ticket.place}</dd>
        </dl>
        {!ticket.name ? <p className="mt-3 text-muted">{t('unnamedHint')}</p> : null}
        {ticket.registrationStatus === 'waitlisted' ? (
          <div className="mt-4">
            <Notice tone="warning">{t('waitlisted')}</Notice>
          </div>
        ) : null}
        {ticket.checkedInAt ? <p className="mt-3 font-semibold">{t('checkedIn', { time: formatDateTime(ticket.checkedInAt, locale) })}</p> : null}
      </article>
      <div className="mt-5 flex flex-wrap gap-3" data-no-print>
        <PrintButton label={t('print')} />
      </div>
      {!ticket.isRegistrant ? (
        <section aria-labelledby="ticket-forward" className="mt-6 max-w-xl" data-no-print>
          <h2 id="ticket-forward" className="text-xl font-bold">{t('forward')}</h2>
          <p>{t('forwardHint')}</p>
          <p className="mt-1 break-all">
            <a href={ticketQrUrl(ticket)} className="underline">{t('openImage')}</a>
          </p>
        </section>
      ) : null}
      {party.length > 1 ? (
        <nav aria-labelledby="ticket-party" className="mt-6" data-no-print>
          <h2 id="ticket-party" className="text-xl font-bold">{t('party')}</h2>
          <ul className="mt-2 space-y-1">
            {party.map((p) => (
              <li key={p.id}>
                <Link href={`/portal/tickets/${p.id}`} aria-current={p.id === ticket.id ? 'page' : undefined} className="underline aria-[current=page]:font-bold">
                  {p.name || t('unnamed')}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
