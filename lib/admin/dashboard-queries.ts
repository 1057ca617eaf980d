// What needs doing now, for /admin: themes waiting for moderation, the next meeting's readiness,
// and held meetings whose three follow-ups are not all dispatched.
import 'server-only';
import { and, asc, desc, eq, gt, lte, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems, followups, meetings, meetingThemes, registrations, themes } from '@/db/schema';
import { agendaFit } from '@/lib/agenda/agenda-times';
import { registrationCount, seatSum } from '@/lib/registrations/seats';

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
    .select({
      id: meetings.id,
      slug: meetings.slug,
      title: meetings.title,
      status: meetings.status,
      startsAt: meetings.startsAt,
      endsAt: meetings.endsAt,
      capacity: meetings.capacity,
      registrationDeadline: meetings.registrationDeadline,
    })
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

/**
 * Held meetings (published and started: the rule of lib/meetings/meeting-phase.ts, the same
 * moment follow-ups may be dispatched) that still lack a dispatched briefing, email or article.
 */
export async function readFollowupsDue(db: DbOrTx, now = new Date()) {
  return db
    .select({
      id: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      dispatched: sql<string[]>`coalesce(array_agg(${followups.kind}::text) filter (where ${followups.status} = 'dispatched'), '{}')`,
    })
    .from(meetings)
    .leftJoin(followups, eq(followups.meetingId, meetings.id))
    .where(and(eq(meetings.status, 'published'), lte(meetings.startsAt, now)))
    .groupBy(meetings.id)
    .having(sql`count(*) filter (where ${followups.status} = 'dispatched') < 3`)
    .orderBy(desc(meetings.startsAt));
}
