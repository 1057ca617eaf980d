// Reads of meetings for the public pages: the list (with seats) and one meeting's page (with
// themes, agenda and speakers). Drafts are never returned. A fixed number of queries per page.
import 'server-only';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import { cache } from 'react';
import { getDb, type DbOrTx } from '@/db/client';
import { meetings, meetingThemes, themes } from '@/db/schema';
import { readAgendaItemRows, readAgendaSpeakerRows } from '@/lib/agenda/queries';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';
import { readSeatCounts } from '@/lib/registrations/queries';
import { publishedThemeTitle } from '@/lib/themes/published-wording';

const meetingColumns = {
  id: meetings.id,
  slug: meetings.slug,
  title: meetings.title,
  description: meetings.description,
  startsAt: meetings.startsAt,
  endsAt: meetings.endsAt,
  place: meetings.place,
  address: meetings.address,
  capacity: meetings.capacity,
  registrationDeadline: meetings.registrationDeadline,
  status: meetings.status,
  updatedAt: meetings.updatedAt,
  version: meetings.version,
  calendarSequence: meetings.calendarSequence,
};

async function themesOf(db: DbOrTx, meetingIds: string[]) {
  if (meetingIds.length === 0) return [];
  return db
    .select({ meetingId: meetingThemes.meetingId, id: themes.id, title: publishedThemeTitle, category: themes.category })
    .from(meetingThemes)
    .innerJoin(themes, eq(themes.id, meetingThemes.themeId))
    .where(inArray(meetingThemes.meetingId, meetingIds))
    .orderBy(asc(meetingThemes.position));
}

/** Every published or cancelled meeting, oldest first, with its themes and seat counts. */
export async function readPublicMeetings(db: DbOrTx) {
  const rows = await db.select(meetingColumns).from(meetings).where(ne(meetings.status, 'draft')).orderBy(asc(meetings.startsAt));
  const ids = rows.map((r) => r.id);
  const [themeRows, seats] = await Promise.all([themesOf(db, ids), readSeatCounts(db, ids)]);
  return rows.map((m) => ({
    ...m,
    themes: themeRows.filter((t) => t.meetingId === m.id).map(({ id, title, category }) => ({ id, title, category })),
    seatsTaken: seats.get(m.id)?.taken ?? 0,
    waiting: seats.get(m.id)?.waiting ?? 0,
  }));
}

export type PublicMeeting = Awaited<ReturnType<typeof readPublicMeetings>>[number];

/** One meeting's page: the meeting, its themes, its agenda with speakers, and seat counts. */
export async function readMeetingPage(db: DbOrTx, slug: string) {
  const [meeting] = await db
    .select(meetingColumns)
    .from(meetings)
    .where(and(eq(meetings.slug, slug), ne(meetings.status, 'draft')));
  if (!meeting) return null;
  const [themeRows, seats, items, speakerRows] = await Promise.all([
    themesOf(db, [meeting.id]),
    readSeatCounts(db, [meeting.id]),
    readAgendaItemRows(db, meeting.id),
    readAgendaSpeakerRows(db, meeting.id),
  ]);
  return {
    ...meeting,
    themes: themeRows.map(({ id, title, category }) => ({ id, title, category })),
    agenda: items.map((item) => ({
      ...item,
      speakers: speakerRows.filter((s) => s.agendaItemId === item.id).map(({ agendaItemId, ...s }) => s),
    })),
    seatsTaken: seats.get(meeting.id)?.taken ?? 0,
    waiting: seats.get(meeting.id)?.waiting ?? 0,
  };
}

export type MeetingPage = NonNullable<Awaited<ReturnType<typeof readMeetingPage>>>;

export const getPublicMeetings = cachedQuery(
  async () => readPublicMeetings(await getDb()),
  ['public-meetings'],
  () => [cacheTags.meetings, cacheTags.themes],
);

// React's cache() as well: the metadata and the page ask for the same meeting in one render, and
// on a cache miss both would otherwise read it from the database.
export const getMeetingPage = cache(
  cachedQuery(
    async (slug: string) => readMeetingPage(await getDb(), slug),
    ['meeting-page'],
    (slug) => [cacheTags.meetings, cacheTags.meeting(slug), cacheTags.themes],
  ),
);

/** The next meeting that is published and not yet started, or null. */
export function nextMeetingOf<M extends { status: string; startsAt: Date }>(list: M[], now = new Date()): M | null {
  return list.find((m) => m.status === 'published' && m.startsAt.getTime() > now.getTime()) ?? null;
}
