// The facts of a held meeting that its follow-ups are built from: date and place, themes,
// agenda, participants and companies, industries, external speakers — and who receives the
// participant email. A handful of queries, none per row.
import 'server-only';
import { and, asc, countDistinct, eq, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import {
  agendaItems,
  companies,
  meetings,
  meetingThemes,
  registrations,
  themes,
  users,
} from '@/db/schema';
import { withStartTimes } from '@/lib/agenda/agenda-times';
import { readAgendaSpeakerRows } from '@/lib/agenda/queries';
import { seatSum } from '@/lib/registrations/seats';
import { publishedThemeTitle } from '@/lib/themes/published-wording';
import { meetingHeaderColumns } from '@/lib/meetings/meeting-columns';

export type FollowupMeeting = Pick<
  typeof meetings.$inferSelect,
  'id' | 'slug' | 'title' | 'startsAt' | 'endsAt' | 'place' | 'address' | 'status'
>;

export async function readFollowupMeeting(db: DbOrTx, meetingId: string): Promise<FollowupMeeting | null> {
  const [row] = await db
    .select({ ...meetingHeaderColumns, place: meetings.place, address: meetings.address })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  return row ?? null;
}

export async function readMeetingIdBySlug(db: DbOrTx, slug: string): Promise<string | null> {
  const [row] = await db.select({ id: meetings.id }).from(meetings).where(eq(meetings.slug, slug));
  return row?.id ?? null;
}

/**
 * Who counts as having taken part: the attendees once attendance was taken, otherwise everyone
 * registered.
 */
export async function countedStatus(db: DbOrTx, meetingId: string): Promise<'attended' | 'registered'> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'attended')));
  return Number(row?.n ?? 0) > 0 ? 'attended' : 'registered';
}

export type Recipient = { userId: string; email: string; name: string | null; locale: 'da' | 'en' };

export async function readParticipantRecipients(db: DbOrTx, meetingId: string): Promise<Recipient[]> {
  const status = await countedStatus(db, meetingId);
  return db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, status), isNull(users.deactivatedAt)))
    .orderBy(asc(users.email));
}

export async function readMeetingFacts(db: DbOrTx, meeting: FollowupMeeting) {
  const status = await countedStatus(db, meeting.id);
  const counted = and(eq(registrations.meetingId, meeting.id), eq(registrations.status, status));
  const [themeRows, agendaRows, speakerRows, [totals], industryRows] = await Promise.all([
    db
      .select({ id: themes.id, title: publishedThemeTitle, category: themes.category })
      .from(meetingThemes)
      .innerJoin(themes, eq(themes.id, meetingThemes.themeId))
      .where(eq(meetingThemes.meetingId, meeting.id))
      .orderBy(asc(meetingThemes.position)),
    db
      .select({ id: agendaItems.id, title: agendaItems.title, kind: agendaItems.kind, durationMinutes: agendaItems.durationMinutes })
      .from(agendaItems)
      .where(eq(agendaItems.meetingId, meeting.id))
      .orderBy(asc(agendaItems.position)),
    readAgendaSpeakerRows(db, meeting.id),
    db
      .select({
        participants: seatSum([status]),
        companies: countDistinct(registrations.companyId),
      })
      .from(registrations)
      .where(counted),
    db
      .select({ industry: companies.industry, companies: countDistinct(companies.id) })
      .from(registrations)
      .innerJoin(companies, eq(companies.id, registrations.companyId))
      .where(counted)
      .groupBy(companies.industry)
      .orderBy(asc(companies.industry)),
  ]);

  const agenda = withStartTimes(meeting.startsAt, agendaRows).map((item) => ({
    ...item,
    speakers: speakerRows.filter((s) => s.agendaItemId === item.id).map((s) => s.name),
  }));
  const external = new Map(speakerRows.filter((s) => s.external).map((s) => [s.id, s]));

  return {
    meeting,
    attendanceTaken: status === 'attended',
    themes: themeRows,
    agenda,
    participants: Number(totals?.participants ?? 0),
    companies: Number(totals?.companies ?? 0),
    industries: industryRows.map((r) => ({ industry: r.industry, companies: Number(r.companies) })),
    externalSpeakers: [...external.values()].map(({ name, organisation, title }) => ({ name, organisation, title })),
  };
}

export type MeetingFacts = Awaited<ReturnType<typeof readMeetingFacts>>;

