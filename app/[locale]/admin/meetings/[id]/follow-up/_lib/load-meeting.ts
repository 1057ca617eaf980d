// What every follow-up page starts with: the gate, then the meeting (404 for an unknown or
// malformed id).
import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { requirePageAccess } from '@/lib/auth/gate';
import { isHeld, readFollowupMeeting } from '@/lib/followups/meeting-facts';

export type FollowupPageProps = { params: Promise<{ locale: string; id: string }> };

export async function loadFollowupMeeting({ params }: FollowupPageProps, subpath = '') {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePageAccess('followup.manage', `/admin/meetings/${id}/follow-up${subpath}`);
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const meeting = await readFollowupMeeting(db, id);
  if (!meeting) notFound();
  return { db, user, locale, meeting, held: isHeld(meeting) };
}
