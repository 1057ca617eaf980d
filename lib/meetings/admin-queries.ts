// Reads for the admin meeting pages: the list with counts, one meeting for its form, and the
// themes a meeting can be about.
import 'server-only';
import { asc, desc, eq, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems, meetings, meetingThemes, registrations, themes } from '@/db/schema';

export async function readMeetingsForAdmin(db: DbOrTx) {
  return db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      title: meetings.title,
      status: meetings.status,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      capacity: meetings.capacity,
      seatsTaken: sql<number>`(select coalesce(sum(1 + ${registrations.colleagues}), 0)::int from ${registrations} where ${registrations.meetingId} = ${meetings.id} and ${registrations.status} in ('registered','attended'))`,
      waitlisted: sql<number>`(select count(*)::int from ${registrations} where ${registrations.meetingId} = ${meetings.id} and ${registrations.status} = 'waitlisted')`,
      agendaItems: sql<number>`(select count(*)::int from ${agendaItems} where ${agendaItems.meetingId} = ${meetings.id})`,
    })
    .from(meetings)
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
    ? sql`exists (select 1 from ${meetingThemes} where ${meetingThemes.themeId} = ${themes.id} and ${meetingThemes.meetingId} = ${meetingId})`
    : sql`false`;
  return db
    .select({ id: themes.id, title: themes.title, category: themes.category })
    .from(themes)
    .where(or(eq(themes.status, 'accepted'), linked))
    .orderBy(asc(themes.title));
}
