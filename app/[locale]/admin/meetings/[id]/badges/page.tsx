// Name badges for a meeting, laid out for A4 paper: 2 × 4 badges per sheet with dashed cut lines
// (globals.css, `.name-badge-sheet`), one per person holding a seat, sorted by company then name. A
// colleague not yet named gets a badge with the company only, so the name can be written at the
// door. On screen the same badges are a list; printing gives the sheets.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeader } from '@/app/_components/ui/page-header';
import { PrintButton } from '@/app/_components/ui/print-button';
import { getDb } from '@/db/client';
import { readBadges, type Badge } from '@/lib/attendees/admin-queries';
import { requirePageAccess } from '@/lib/auth/gate';
import { formatDate } from '@/lib/format/copenhagen-time';
import { readForumSettings } from '@/lib/forum/queries';
import { meetingPhase } from '@/lib/meetings/meeting-phase';
import { readMeetingHeader } from '@/lib/registrations/queries';
import { isRouteId } from '@/lib/validation/route-id';
import { MeetingSubnav } from '../../_components/meeting-subnav';

type Props = { params: Promise<{ locale: string; id: string }> };

const PER_SHEET = 8;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'attendeesAdmin.badges' });
  return { title: t('title'), robots: { index: false } };
}

function sheets(badges: Badge[]) {
  const out: Badge[][] = [];
  for (let i = 0; i < badges.length; i += PER_SHEET) out.push(badges.slice(i, i + PER_SHEET));
  return out;
}

export default async function BadgesPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requirePageAccess('registration.manage', `/admin/meetings/${id}/badges`);
  if (!isRouteId(id)) notFound();
  const db = await getDb();
  const meeting = await readMeetingHeader(db, id);
  if (!meeting) notFound();
  const [badges, settings] = await Promise.all([readBadges(db, meeting.id), readForumSettings(db)]);
  const t = await getTranslations('attendeesAdmin.badges');
  const tCommon = await getTranslations('common');
  const forum = settings?.forumName ?? tCommon('siteName');
  const date = formatDate(meeting.startsAt, locale);
  return (
    <>
      <div data-no-print>
        <MeetingSubnav meeting={{ ...meeting, phase: meetingPhase(meeting) }} current="badges" />
        <PageHeader title={t('title')} intro={`${meeting.title} · ${date}`} />
        <p className="mb-4">{t('intro', { count: badges.length })}</p>
        {badges.length ? <p className="mb-6"><PrintButton label={t('print')} /></p> : <p className="rounded-md border border-zinc-300 p-4">{t('empty')}</p>}
      </div>
      {sheets(badges).map((sheet, i) => (
        <section key={i} aria-label={t('sheetLabel', { number: i + 1 })} className="name-badge-sheet">
          <ul className="name-badge-grid">
            {sheet.map((b) => (
              <li key={b.id} className="name-badge" data-testid="badge">
                {b.name ? <p className="name-badge-name">{b.name}</p> : <p className="name-badge-blank" aria-hidden="true" />}
                <p className="name-badge-company">{b.company || t('noCompany')}</p>
                <p className="name-badge-forum">
                  {forum} · {date}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
