// Reads for the council area, nothing that writes: the dispatched briefings (with whether this reader
// has opened each), one briefing to read or print, and the meeting statistics (participants and
// companies per held meeting, themes by status and category, the industries of the companies that
// took part), each one grouped query; and per meeting the invited, registered and attended by
// segment of the invitations.
import 'server-only';
import { and, asc, count, countDistinct, desc, eq, inArray, lte, ne, notExists, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { briefingReads, companies, followups, invitationRecipients, meetings, registrations, segmentKinds, themes, users, type SegmentKind } from '@/db/schema';
import { alias } from 'drizzle-orm/pg-core';
import { heldMeetings } from '@/lib/meetings/held-meetings';
import { presentSum, seatHoldingStatuses, seatSum } from '@/lib/registrations/seats';

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

/** The chair who approved a briefing: its signatory. */
const approver = alias(users, 'approver');

export async function readBriefing(db: DbOrTx, id: string) {
  const [row] = await db
    .select({
      id: followups.id,
      title: followups.title,
      body: followups.body,
      caseNumber: followups.caseNumber,
      summary: followups.summary,
      recommendation: followups.recommendation,
      approval: followups.approval,
      approverName: approver.name,
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
    .leftJoin(approver, eq(approver.id, followups.approvalDecidedById))
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
        // People checked in at the door (a party of three of whom two came counts two).
        present: presentSum(),
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

  // People checked in once attendance was taken, otherwise the seats registered (as for the
  // follow-ups); companies are those with someone there.
  const perMeeting = meetingRows.map((m) => {
    const attended = counts.find((c) => c.meetingId === m.id && c.status === 'attended');
    const registered = counts.find((c) => c.meetingId === m.id && c.status === 'registered');
    return {
      ...m,
      attendanceTaken: Boolean(attended),
      participants: Number(attended ? attended.present : (registered?.participants ?? 0)),
      companies: Number((attended ?? registered)?.companies ?? 0),
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

/** Where a registration's invitation came from, or that it had none. */
export type SegmentRow = SegmentKind | 'not-invited';

/**
 * Per meeting: invited, registered and attended, in total and by segment. Invited are the
 * recipient rows (one per address and meeting). A registration (a row holding a seat: registered
 * or attended) counts for a segment when its person (by user or address) or its company was
 * invited through that segment, so one registration may count for several segments; one that
 * no invitation reached counts as not invited. Meetings shown: the published ones that have been
 * held or to which invitations have been sent.
 */
export async function readInvitationStatistics(db: DbOrTx, now = new Date()) {
  const invitedMeetingIds = db.selectDistinct({ id: invitationRecipients.meetingId }).from(invitationRecipients);
  const shown = and(eq(meetings.status, 'published'), or(lte(meetings.startsAt, now), inArray(meetings.id, invitedMeetingIds)));
  const held = sql<number>`count(distinct ${registrations.id}) filter (where ${inArray(registrations.status, [...seatHoldingStatuses])})::int`;
  const attended = sql<number>`count(distinct ${registrations.id}) filter (where ${eq(registrations.status, 'attended')})::int`;
  const reached = or(
    eq(invitationRecipients.userId, registrations.userId),
    eq(invitationRecipients.companyId, registrations.companyId),
    eq(invitationRecipients.email, sql`lower(${users.email})`),
  );
  const recipientFor = and(eq(invitationRecipients.meetingId, registrations.meetingId), reached);

  const [meetingRows, invited, totals, bySegment, notInvited] = await Promise.all([
    db.select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt }).from(meetings).where(shown).orderBy(asc(meetings.startsAt)),
    db
      .select({ meetingId: invitationRecipients.meetingId, segment: invitationRecipients.segment, n: sql<number>`count(*)::int` })
      .from(invitationRecipients)
      .innerJoin(meetings, eq(meetings.id, invitationRecipients.meetingId))
      .where(shown)
      .groupBy(invitationRecipients.meetingId, invitationRecipients.segment),
    db
      .select({ meetingId: registrations.meetingId, registered: held, attended })
      .from(registrations)
      .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
      .where(shown)
      .groupBy(registrations.meetingId),
    db
      .select({ meetingId: registrations.meetingId, segment: invitationRecipients.segment, registered: held, attended })
      .from(registrations)
      .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
      .leftJoin(users, eq(users.id, registrations.userId))
      .innerJoin(invitationRecipients, recipientFor)
      .where(shown)
      .groupBy(registrations.meetingId, invitationRecipients.segment),
    db
      .select({ meetingId: registrations.meetingId, registered: held, attended })
      .from(registrations)
      .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
      .leftJoin(users, eq(users.id, registrations.userId))
      .where(and(shown, notExists(db.select({ one: sql`1` }).from(invitationRecipients).where(recipientFor))))
      .groupBy(registrations.meetingId),
  ]);

  return meetingRows.map((m) => {
    const invitedHere = invited.filter((r) => r.meetingId === m.id);
    const total = totals.find((r) => r.meetingId === m.id);
    const segments = segmentKinds.map((segment) => {
      const reg = bySegment.find((r) => r.meetingId === m.id && r.segment === segment);
      return {
        segment: segment as SegmentRow,
        invited: Number(invitedHere.find((r) => r.segment === segment)?.n ?? 0),
        registered: Number(reg?.registered ?? 0),
        attended: Number(reg?.attended ?? 0),
      };
    });
    const outside = notInvited.find((r) => r.meetingId === m.id);
    segments.push({ segment: 'not-invited', invited: 0, registered: Number(outside?.registered ?? 0), attended: Number(outside?.attended ?? 0) });
    return {
      ...m,
      invited: invitedHere.reduce((sum, r) => sum + Number(r.n), 0),
      registered: Number(total?.registered ?? 0),
      attended: Number(total?.attended ?? 0),
      segments,
    };
  });
}

export type InvitationStatistics = Awaited<ReturnType<typeof readInvitationStatistics>>;
