// Reads of meetings, nothing that writes. Public pages: the list (with seats) and one meeting's page
// (with themes, agenda and speakers), drafts never returned, a fixed number of queries per page.
// Admin pages: the list with counts, one meeting for its form, and the themes a meeting can be about.
import 'server-only';
import { and, asc, count, desc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import { cache } from 'react';
import { type DbOrTx, getDb } from '@/db/client';
import { agendaItems, meetings, meetingThemes, registrations, themes } from '@/db/schema';
import { readAgendaItemRows, readAgendaSpeakerRows } from '@/lib/agenda/queries';
import { cachedQuery } from '@/lib/cache/cached-query';
import { cacheTags } from '@/lib/cache/tags';
import { meetingHeaderColumns } from '@/lib/meetings/meeting-columns';
import { themeIsOnMeeting } from '@/lib/meetings/themes-on-meeting';
import { readSeatCounts } from '@/lib/registrations/queries';
import { registrationCount, seatSum } from '@/lib/registrations/seats';
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

// Counts per meeting are grouped subqueries joined to the meetings, not correlated subqueries
// in the select list: in a single-table select Drizzle writes column names without their table,
// so `registrations.meeting_id = meetings.id` became `meeting_id = id` inside the subquery and
// compared the registrations table with itself (every meeting showed 0 seats and no agenda).
const qb = new QueryBuilder();
const registrationTallies = qb
  .select({
    meetingId: registrations.meetingId,
    seatsTaken: seatSum().as('seats_taken'),
    waitlisted: registrationCount(['waitlisted']).as('waitlisted'),
  })
  .from(registrations)
  .groupBy(registrations.meetingId)
  .as('registration_tallies');
const agendaTallies = qb
  .select({ meetingId: agendaItems.meetingId, items: count().as('items') })
  .from(agendaItems)
  .groupBy(agendaItems.meetingId)
  .as('agenda_tallies');

export async function readMeetingsForAdmin(db: DbOrTx) {
  return db
    .select({
      ...meetingHeaderColumns,
      capacity: meetings.capacity,
      seatsTaken: sql<number>`coalesce(${registrationTallies.seatsTaken}, 0)`.mapWith(Number),
      waitlisted: sql<number>`coalesce(${registrationTallies.waitlisted}, 0)`.mapWith(Number),
      agendaItems: sql<number>`coalesce(${agendaTallies.items}, 0)`.mapWith(Number),
    })
    .from(meetings)
    .leftJoin(registrationTallies, eq(registrationTallies.meetingId, meetings.id))
    .leftJoin(agendaTallies, eq(agendaTallies.meetingId, meetings.id))
    .orderBy(desc(meetings.startsAt));
}

export async function readMeetingForEdit(db: DbOrTx, meetingId: string) {
  const [meeting] = await db.select().from(meetings).where(eq(meetings.id, meetingId));
  if (!meeting) return null;
  const linked = await db
    .select({ themeId: meetingThemes.themeId })
    .from(meetingThemes)
    .where(eq(meetingThemes.meetingId, meetingId))
    .orderBy(asc(meetingThemes.position));
  return { ...meeting, themeIds: linked.map((l) => l.themeId) };
}

export type MeetingForEdit = NonNullable<Awaited<ReturnType<typeof readMeetingForEdit>>>;

/** Accepted themes, plus any theme already on the meeting whatever its status. */
export async function readMeetingThemeChoices(db: DbOrTx, meetingId?: string) {
  const linked = meetingId
    ? themeIsOnMeeting(meetingId)
    : sql`false`;
  return db
    .select({ id: themes.id, title: themes.title, category: themes.category })
    .from(themes)
    .where(or(eq(themes.status, 'accepted'), linked))
    .orderBy(asc(themes.title));
}
