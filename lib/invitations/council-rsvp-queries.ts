// Reads for the council's answers to invitations: what the link's page shows, the upcoming
// meetings in the council area with the member's answer, and the council's answers for the
// admin registrations page. Nothing here writes.
import 'server-only';
import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { preparedOnce } from '@/db/prepared';
import { councilRsvps, meetings, users, type CouncilAnswer } from '@/db/schema';
import { councilMemberRoles } from '@/lib/auth/permissions';
import { councilRsvpRefusal } from './council-rsvp-rules';
import { readCouncilRsvpCode } from './council-rsvp-link';

/** The member, the meeting and the member's current answer (each null when missing). */
export async function readCouncilRsvpTarget(db: DbOrTx, meetingId: string, userId: string) {
  const [member] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.id, userId));
  const [meeting] = /^[0-9a-f-]{36}$/i.test(meetingId)
    ? await db
        .select({ id: meetings.id, title: meetings.title, startsAt: meetings.startsAt, endsAt: meetings.endsAt, place: meetings.place, status: meetings.status })
        .from(meetings)
        .where(eq(meetings.id, meetingId))
    : [];
  const [answer] =
    member && meeting
      ? await db
          .select({ answer: councilRsvps.answer, answeredAt: councilRsvps.answeredAt })
          .from(councilRsvps)
          .where(and(eq(councilRsvps.meetingId, meeting.id), eq(councilRsvps.userId, member.id)))
      : [];
  return { member: member ?? null, meeting: meeting ?? null, answer: answer ?? null };
}

export type CouncilRsvpLanding =
  | { state: 'forged' }
  | { state: 'not-member' }
  | { state: 'no-meeting' }
  | { state: 'cancelled' | 'past' | 'open'; meeting: { id: string; title: string; startsAt: Date; place: string }; answer: CouncilAnswer | null; name: string | null };

/** What the page of an email's answer link shows for its code. */
export async function readCouncilRsvpLanding(db: DbOrTx, code: string | undefined, now = new Date()): Promise<CouncilRsvpLanding> {
  const subject = readCouncilRsvpCode(code);
  if (!subject) return { state: 'forged' };
  const { member, meeting, answer } = await readCouncilRsvpTarget(db, subject.meetingId, subject.userId);
  const refusal = councilRsvpRefusal(member, meeting, now);
  if (refusal === 'not-member') return { state: 'not-member' };
  if (refusal === 'no-meeting') return { state: 'no-meeting' };
  const shown = { id: meeting!.id, title: meeting!.title, startsAt: meeting!.startsAt, place: meeting!.place };
  return { state: refusal ?? 'open', meeting: shown, answer: answer?.answer ?? null, name: member!.name };
}

/** Published meetings that have not started, soonest first, with this member's answer. */
export async function readUpcomingMeetingsWithAnswer(db: DbOrTx, userId: string, now = new Date()) {
  return db
    .select({
      id: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      place: meetings.place,
      answer: councilRsvps.answer,
      answeredAt: councilRsvps.answeredAt,
    })
    .from(meetings)
    .leftJoin(councilRsvps, and(eq(councilRsvps.meetingId, meetings.id), eq(councilRsvps.userId, userId)))
    .where(and(eq(meetings.status, 'published'), gt(meetings.startsAt, now)))
    .orderBy(asc(meetings.startsAt));
}

/**
 * The council's answers for one meeting: every active council member with their answer or none,
 * and the counts, taken from those same rows.
 */
export async function readCouncilAnswersForMeeting(db: DbOrTx, meetingId: string) {
  // Run on every view of the registrations page: prepared once per database handle.
  const rows = await preparedOnce(db, 'council_answers', () =>
    db
      .select({ userId: users.id, name: users.name, email: users.email, answer: councilRsvps.answer, answeredAt: councilRsvps.answeredAt })
      .from(users)
      .leftJoin(councilRsvps, and(eq(councilRsvps.userId, users.id), eq(councilRsvps.meetingId, sql.placeholder('meetingId'))))
      .where(and(inArray(users.role, [...councilMemberRoles]), isNull(users.deactivatedAt)))
      .orderBy(asc(users.name), asc(users.email))
      .prepare('council_answers'),
  ).execute({ meetingId });
  const counts = {
    coming: rows.filter((r) => r.answer === 'coming').length,
    notComing: rows.filter((r) => r.answer === 'not-coming').length,
    noAnswer: rows.filter((r) => r.answer === null).length,
  };
  return { rows, counts };
}
