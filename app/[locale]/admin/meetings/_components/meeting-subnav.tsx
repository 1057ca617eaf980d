// The pages of one meeting: details, agenda, registrations, name badges, the public page once published,
// check-in at the door once published, invitations while it is published and upcoming, and the follow-up once it is held.
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { MeetingPhase } from '@/lib/meetings/meeting-phase';

type Props = {
  meeting: { id: string; slug: string; status: string; phase: MeetingPhase };
  current: 'edit' | 'agenda' | 'registrations' | 'badges' | 'invitations' | 'checkIn';
};

export async function MeetingSubnav({ meeting, current }: Props) {
  const t = await getTranslations('admin.meetings.subnav');
  const tAttendees = await getTranslations('attendeesAdmin');
  const items = [
    { key: 'edit' as const, href: `/admin/meetings/${meeting.id}` },
    { key: 'agenda' as const, href: `/admin/meetings/${meeting.id}/agenda` },
    { key: 'registrations' as const, href: `/admin/meetings/${meeting.id}/registrations` },
    { key: 'badges' as const, href: `/admin/meetings/${meeting.id}/badges` },
    // The door's page: for a published meeting (it says when check-in opens until the day comes).
    ...(meeting.status === 'published' ? [{ key: 'checkIn' as const, href: `/admin/meetings/${meeting.id}/check-in` }] : []),
    ...(meeting.phase === 'published' ? [{ key: 'invitations' as const, href: `/admin/meetings/${meeting.id}/invitations` }] : []),
    ...(meeting.phase === 'held' ? [{ key: 'followUp' as const, href: `/admin/meetings/${meeting.id}/follow-up` }] : []),
    ...(meeting.status === 'published' ? [{ key: 'public' as const, href: `/meetings/${meeting.slug}` }] : []),
  ];
  return (
    <nav aria-label={t('label')} className="mb-6">
      <p className="mb-2"><Link href="/admin/meetings" className="underline">{t('back')}</Link></p>
      <ul className="flex flex-wrap gap-2">
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              aria-current={item.key === current ? 'page' : undefined}
              className="inline-block rounded-md border border-zinc-400 px-3 py-1.5 font-semibold hover:bg-zinc-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50"
            >
              {item.key === 'badges' ? tAttendees('subnav') : t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
