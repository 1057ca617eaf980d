// Reads for the admin meeting pages: the list with counts, one meeting for its form, and the
// themes a meeting can be about.
import 'server-only';
import { asc, count, desc, eq, or, sql } from 'drizzle-orm';
import { QueryBuilder } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { agendaItems, meetings, meetingThemes, registrations, themes } from '@/db/schema';
import { registrationCount, seatSum } from '@/lib/registrations/seats';
import { themeIsOnMeeting } from './themes-on-meeting';
import { meetingHeaderColumns } from '@/lib/meetings/meeting-columns';

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
