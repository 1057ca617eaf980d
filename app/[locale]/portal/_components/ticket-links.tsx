// Links to the tickets of one of the person's upcoming registrations (theirs and each colleague's),
// read for all registrations at once by the portal page (readOwnPartyTickets).
import { getTranslations } from 'next-intl/server';
import type { readOwnPartyTickets } from '@/lib/attendees/ticket-queries';
import { Link } from '@/lib/i18n/navigation';

export type Ticket = Awaited<ReturnType<typeof readOwnPartyTickets>>[number];

export async function TicketLinks({ tickets }: { tickets: Ticket[] }) {
  if (!tickets.length) return null;
  const t = await getTranslations('tickets.portal');
  return (
    <div className="mt-2">
      <p className="font-semibold">{t('ticketLinks')}</p>
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {tickets.map((ticket) => (
          <li key={ticket.id}>
            <Link href={`/portal/tickets/${ticket.id}`} className="underline">
              {t('ticketFor', { name: ticket.name || t('unnamed') })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
