// Reads for the council area, nothing that writes: the dispatched briefings (with whether this reader
// has opened each), one briefing to read or print, and the meeting statistics (participants and
// companies per held meeting, themes by status and category, the industries of the companies that
// took part), each one grouped query.
import 'server-only';
import { and, asc, count, countDistinct, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { briefingReads, companies, followups, meetings, registrations, themes, users } from '@/db/schema';
import { heldMeetings } from '@/lib/meetings/held-meetings';
import { seatHoldingStatuses, seatSum } from '@/lib/registrations/seats';

const dispatchedBriefing = and(eq(followups.kind, 'briefing'), eq(followups.status, 'dispatched'));

export async function readBriefingsFor(db: DbOrTx, readerId: string) {
  return db
    .select({
      id: followups.id,
      title: followups.title,
      dispatchedAt: followups.dispatchedAt,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      readAt: briefingReads.readAt,
    })
    .from(followups)
    .innerJoin(meetings, eq(meetings.id, followups.meetingId))
    .leftJoin(briefingReads, and(eq(briefingReads.followupId, followups.id), eq(briefingReads.userId, readerId)))
    .where(dispatchedBriefing)
    .orderBy(desc(followups.dispatchedAt), desc(meetings.startsAt));
}

export async function readBriefing(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: followups.id,
      title: followups.title,
      body: followups.body,
      dispatchedAt: followups.dispatchedAt,
      dispatchedByName: users.name,
      meetingId: meetings.id,
      meetingTitle: meetings.title,
      meetingStartsAt: meetings.startsAt,
      meetingPlace: meetings.place,
    })
    .from(followups)
    .innerJoin(meetings, eq(meetings.id, followups.meetingId))
    .leftJoin(users, eq(users.id, followups.dispatchedById))
    .where(and(dispatchedBriefing, eq(followups.id, id)));
  return row ?? null;
}

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
