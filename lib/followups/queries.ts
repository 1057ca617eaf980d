// Reads of follow-ups, nothing that writes: the three follow-ups of a held meeting and their state,
// one follow-up for its editor, the council members who receive the briefing and who has read it,
// and the facts of a held meeting the follow-ups are built from (date and place, themes, agenda,
// participants and companies, industries, external speakers, who receives the participant email):
// a handful of queries, none per row.
import 'server-only';
import { and, asc, countDistinct, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { agendaItems, attendees, briefingReads, companies, followupKinds, followups, meetings, meetingThemes, registrations, themes, users } from '@/db/schema';
import { withStartTimes } from '@/lib/agenda/agenda-times';
import { readAgendaSpeakerRows } from '@/lib/agenda/queries';
import { councilMemberRoles } from '@/lib/auth/permissions';
import { heldMeetings } from '@/lib/meetings/held-meetings';
import { meetingHeaderColumns } from '@/lib/meetings/meeting-columns';
import { presentSum, seatSum } from '@/lib/registrations/seats';
import { publishedThemeTitle } from '@/lib/themes/published-wording';

export type FollowupKind = (typeof followupKinds)[number];
export type Followup = typeof followups.$inferSelect;

const followupColumns = {
  id: followups.id,
  meetingId: followups.meetingId,
  kind: followups.kind,
  status: followups.status,
  title: followups.title,
  lead: followups.lead,
  body: followups.body,
  slug: followups.slug,
  previewedAt: followups.previewedAt,
  dispatchedAt: followups.dispatchedAt,
  unpublishedAt: followups.unpublishedAt,
  version: followups.version,
  updatedAt: followups.updatedAt,
  dispatchedByName: users.name,
  dispatchedByEmail: users.email,
};

export type FollowupView = Awaited<ReturnType<typeof readFollowups>>[number];

/** The meeting's follow-ups that exist so far (a missing kind is not started). */
export async function readFollowups(db: DbOrTx, meetingId: string) {
  return db
    .select(followupColumns)
    .from(followups)
    .leftJoin(users, eq(users.id, followups.dispatchedById))
    .where(eq(followups.meetingId, meetingId));
}

export async function readFollowup(db: DbOrTx, meetingId: string, kind: FollowupKind): Promise<FollowupView | null> {
  const [row] = await db
    .select(followupColumns)
    .from(followups)
    .leftJoin(users, eq(users.id, followups.dispatchedById))
    .where(and(eq(followups.meetingId, meetingId), eq(followups.kind, kind)));
  return row ?? null;
}

export type FollowupState = 'not-started' | 'draft' | 'dispatched';

export function followupState(row: Pick<Followup, 'status'> | null | undefined): FollowupState {
  if (!row) return 'not-started';
  return row.status === 'dispatched' ? 'dispatched' : 'draft';
}

/** The council members a new briefing is announced to. */
export async function readCouncilMembers(db: DbOrTx) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, locale: users.locale })
    .from(users)
    .where(and(inArray(users.role, [...councilMemberRoles]), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name), asc(users.email));
}

/** Read receipts: every council member with the time they opened the briefing, or null. */
export async function readBriefingReceipts(db: DbOrTx, followupId: string) {
  return db
    .select({ userId: users.id, name: users.name, email: users.email, readAt: briefingReads.readAt })
    .from(users)
    .leftJoin(briefingReads, and(eq(briefingReads.userId, users.id), eq(briefingReads.followupId, followupId)))
    .where(and(inArray(users.role, [...councilMemberRoles]), isNull(users.deactivatedAt)))
    .orderBy(asc(users.name), asc(users.email));
}

/**
 * Held meetings whose three follow-ups are not all dispatched, latest first, with the kinds that
 * are: the admin dashboard's "still to follow up" (a meeting is followed up when all three are).
 */
export async function readFollowupsDue(db: DbOrTx, now = new Date()) {
  const sent = sql<number>`count(${followups.id}) filter (where ${followups.status} = 'dispatched')`;
  return db
    .select({
      id: meetings.id,
      title: meetings.title,
      startsAt: meetings.startsAt,
      dispatched: sql<FollowupKind[]>`coalesce(array_agg(${followups.kind}::text) filter (where ${followups.status} = 'dispatched'), '{}')`,
    })
    .from(meetings)
    .leftJoin(followups, eq(followups.meetingId, meetings.id))
    .where(heldMeetings(now))
    .groupBy(meetings.id)
    .having(sql`${sent} < ${followupKinds.length}`)
    .orderBy(desc(meetings.startsAt));
}

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
export async function readCountedStatus(db: DbOrTx, meetingId: string): Promise<'attended' | 'registered'> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(registrations)
    .where(and(eq(registrations.meetingId, meetingId), eq(registrations.status, 'attended')));
  return Number(row?.n ?? 0) > 0 ? 'attended' : 'registered';
}

/** A person the participant email goes to: an attendee's address, in their (or their registrant's) language. */
/** attendeeId: the seat the address came from, for the recipient's own evaluation link. */
export type Recipient = { userId: string | null; attendeeId: string; email: string; name: string | null; locale: 'da' | 'en' };

/**
 * Who receives the participant email: every attendee with an email who came (once attendance is
 * taken), otherwise every attendee of a registered party: the registrant and their colleagues
 * alike. One row per address (lower case): a person named twice, or a colleague who is also a
 * registrant, is written to once. A registrant whose account is deactivated is left out; a
 * colleague writes in the registrant's language (they have no account of their own).
 */
export async function readParticipantRecipients(db: DbOrTx, meetingId: string): Promise<Recipient[]> {
  const status = await readCountedStatus(db, meetingId);
  const came = status === 'attended' ? isNotNull(attendees.checkedInAt) : eq(registrations.status, 'registered');
  // The registrant's address is their account's (kept current); a colleague's is the one given.
  const address = sql<string | null>`case when ${attendees.isRegistrant} then coalesce(${users.email}, ${attendees.email}) else ${attendees.email} end`;
  const rows = await db
    .select({ attendeeId: attendees.id, userId: attendees.userId, email: address, name: attendees.name, locale: users.locale, isRegistrant: attendees.isRegistrant })
    .from(attendees)
    .innerJoin(registrations, eq(registrations.id, attendees.registrationId))
    .leftJoin(users, eq(users.id, registrations.userId))
    .where(
      and(
        eq(attendees.meetingId, meetingId),
        isNull(attendees.cancelledAt),
        inArray(registrations.status, ['registered', 'attended']),
        came,
        // A deactivated registrant is not written to; their colleagues still are.
        or(eq(attendees.isRegistrant, false), isNull(users.deactivatedAt)),
      ),
    )
    // Registrants first, so an address that is also an account is kept with its account.
    .orderBy(desc(attendees.isRegistrant), asc(attendees.position));
  const byAddress = new Map<string, Recipient>();
  for (const row of rows) {
    const email = row.email?.trim().toLowerCase();
    if (!email || byAddress.has(email)) continue;
    byAddress.set(email, { userId: row.isRegistrant ? row.userId : null, attendeeId: row.attendeeId, email, name: row.name || null, locale: row.locale ?? 'da' });
  }
  return [...byAddress.values()].sort((x, y) => x.email.localeCompare(y.email));
}

export async function readMeetingFacts(db: DbOrTx, meeting: FollowupMeeting) {
  const status = await readCountedStatus(db, meeting.id);
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
        // People who came once attendance is taken (checked in), else every seat registered.
        participants: status === 'attended' ? presentSum(['attended']) : seatSum(['registered']),
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
