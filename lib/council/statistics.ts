// The council's meeting statistics: participants and companies per held meeting, themes by
// status and by category, and the industries of the companies that took part. Each is one
// grouped query.
import 'server-only';
import { and, asc, count, countDistinct, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, meetings, registrations, themes } from '@/db/schema';
import { heldMeetings } from '@/lib/meetings/held-meetings';
import { seatHoldingStatuses, seatSum } from '@/lib/registrations/seats';

export async function readMeetingStatistics(db: DbOrTx, now = new Date()) {
  const held = heldMeetings(now);
  const [meetingRows, counts, themeStatus, themeCategory] = await Promise.all([
    db
      .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt })
      .from(meetings)
      .where(held)
      .orderBy(asc(meetings.startsAt)),
    db
      .select({
        meetingId: registrations.meetingId,
        status: registrations.status,
        participants: seatSum(),
        companies: countDistinct(registrations.companyId),
      })
      .from(registrations)
      .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
      .where(and(held, inArray(registrations.status, [...seatHoldingStatuses])))
      .groupBy(registrations.meetingId, registrations.status),
    db.select({ status: themes.status, n: count() }).from(themes).groupBy(themes.status),
    db
      .select({ category: themes.category, n: count() })
      .from(themes)
      .where(ne(themes.status, 'withdrawn'))
      .groupBy(themes.category),
  ]);

  // Attendees once attendance was taken, otherwise those registered (as for the follow-ups).
  const perMeeting = meetingRows.map((m) => {
    const attended = counts.find((c) => c.meetingId === m.id && c.status === 'attended');
    const registered = counts.find((c) => c.meetingId === m.id && c.status === 'registered');
    const row = attended ?? registered;
    return {
      ...m,
      attendanceTaken: Boolean(attended),
      participants: Number(row?.participants ?? 0),
      companies: Number(row?.companies ?? 0),
    };
  });

  const attendedMeetings = perMeeting.filter((m) => m.attendanceTaken).map((m) => m.id);
  const registeredMeetings = perMeeting.filter((m) => !m.attendanceTaken).map((m) => m.id);
  const tookPart = sql`(${registrations.status} = 'attended' and ${inArrayOrFalse(registrations.meetingId, attendedMeetings)})
    or (${registrations.status} = 'registered' and ${inArrayOrFalse(registrations.meetingId, registeredMeetings)})`;
  const industries = await db
    .select({ industry: companies.industry, companies: countDistinct(companies.id) })
    .from(registrations)
    .innerJoin(companies, eq(companies.id, registrations.companyId))
    .where(tookPart)
    .groupBy(companies.industry)
    .orderBy(asc(companies.industry));

  return {
    meetings: perMeeting,
    themesByStatus: themeStatus.map((r) => ({ status: r.status, count: Number(r.n) })),
    themesByCategory: themeCategory.map((r) => ({ category: r.category, count: Number(r.n) })),
    industries: industries
      .map((r) => ({ industry: r.industry, companies: Number(r.companies) }))
      .sort((a, b) => b.companies - a.companies),
  };
}

function inArrayOrFalse(column: typeof registrations.meetingId, ids: string[]) {
  return ids.length ? inArray(column, ids) : sql`false`;
}

export type MeetingStatistics = Awaited<ReturnType<typeof readMeetingStatistics>>;
