// What every follow-up page starts with: the gate, then the meeting (404 for an unknown id). A
// meeting's slug in place of its id (/admin/meetings/september-2015/follow-up) redirects to the
// id's address, so the pages can be reached by a readable link.
import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { readFollowupMeeting, readMeetingIdBySlug } from '@/lib/followups/queries';
import { isHeld } from '@/lib/meetings/meeting-phase';
import { redirect } from '@/lib/i18n/navigation';
import { isRouteId } from '@/lib/validation/route-id';

export type FollowupPageProps = { params: Promise<{ locale: string; id: string }> };

export async function loadFollowupMeeting({ params }: FollowupPageProps, subpath = '') {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('followup.manage', `/admin/meetings/${id}/follow-up${subpath}`);
  const db = await getDb();
  if (!isRouteId(id)) {
    const found = await readMeetingIdBySlug(db, id);
    if (!found) notFound();
    redirect({ href: `/admin/meetings/${found}/follow-up${subpath}`, locale });
  }
  const meeting = await readFollowupMeeting(db, id);
  if (!meeting) notFound();
  return { db, user, locale, meeting, held: isHeld(meeting) };
}
