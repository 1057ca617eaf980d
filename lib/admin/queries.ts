// What needs doing now, for /admin: themes waiting for moderation and the next meeting's
// readiness (the follow-ups still due are read by lib/followups/queries.ts).
import 'server-only';
import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems, meetings, meetingThemes, registrations, themes } from '@/db/schema';
import { agendaFit } from '@/lib/agenda/agenda-times';
import { registrationCount, seatSum } from '@/lib/registrations/seats';
import { meetingHeaderColumns } from '@/lib/meetings/meeting-columns';

export async function readPendingThemes(db: DbOrTx, limit = 5) {
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(themes).where(eq(themes.status, 'submitted'));
  const oldest = await db
    .select({ id: themes.id, title: themes.title, createdAt: themes.createdAt })
    .from(themes)
    .where(eq(themes.status, 'submitted'))
    .orderBy(asc(themes.createdAt))
    .limit(limit);
  return { count: count?.n ?? 0, oldest };
}

/** The next meeting that is not cancelled, with what it still lacks. */
export async function readNextMeetingReadiness(db: DbOrTx, now = new Date()) {
  const [meeting] = await db
    .select({ ...meetingHeaderColumns, capacity: meetings.capacity, registrationDeadline: meetings.registrationDeadline })
    .from(meetings)
    .where(and(ne(meetings.status, 'cancelled'), gt(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt))
    .limit(1);
  if (!meeting) return null;
  const [items, [seats], themeRows] = await Promise.all([
    db.select({ durationMinutes: agendaItems.durationMinutes, themeId: agendaItems.themeId }).from(agendaItems).where(eq(agendaItems.meetingId, meeting.id)),
    db
      .select({
        taken: seatSum(),
        waitlisted: registrationCount(['waitlisted']),
      })
      .from(registrations)
      .where(eq(registrations.meetingId, meeting.id)),
    db
      .select({ id: themes.id, title: themes.title })
      .from(meetingThemes)
      .innerJoin(themes, eq(themes.id, meetingThemes.themeId))
      .where(eq(meetingThemes.meetingId, meeting.id)),
  ]);
  const fit = agendaFit(meeting, items);
  const onAgenda = new Set(items.map((i) => i.themeId));
  const themesMissing = themeRows.filter((t) => !onAgenda.has(t.id));
  return {
    meeting,
    agenda: { items: items.length, fit, themesMissing, complete: items.length > 0 && fit.fits && themesMissing.length === 0 },
    seats: { taken: seats?.taken ?? 0, waitlisted: seats?.waitlisted ?? 0, capacity: meeting.capacity },
  };
}
