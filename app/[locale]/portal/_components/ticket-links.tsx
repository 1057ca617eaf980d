// Links to the tickets of one of the person's upcoming registrations (theirs and each colleague's).
// One small query per upcoming registration: a person has a few at most.
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { readOwnPartyTickets } from '@/lib/attendees/ticket-queries';
import { getCurrentUser } from '@/lib/auth/gate';
import { Link } from '@/lib/i18n/navigation';

export async function TicketLinks({ registrationId }: { registrationId: string }) {
  const user = await getCurrentUser();
  if (!user) return null;
  const tickets = await readOwnPartyTickets(await getDb(), user.id, [registrationId]);
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
