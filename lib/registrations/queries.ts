// Reads of registrations, nothing that writes: seats per meeting for the public pages, a person's own
// registrations for the portal, the state the register/cancel island shows, and the registrations and
// attendance page with its CSV export.
import 'server-only';
import { and, asc, count, desc, eq, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { preparedOnce } from '@/db/prepared';
import { attendees, companies, meetings, registrations, users } from '@/db/schema';
import { meetingHeaderColumns } from '@/lib/meetings/meeting-columns';
import { presentSum, registrationCount, seatHoldingStatuses, seatSum } from '@/lib/registrations/seats';

/** Seats taken (people plus colleagues) and waitlist length per meeting, in one query. */
export async function readSeatCounts(db: DbOrTx, meetingIds: string[]) {
  const counts = new Map<string, { taken: number; waiting: number }>();
  if (meetingIds.length === 0) return counts;
  const rows = await db
    .select({
      meetingId: registrations.meetingId,
      taken: seatSum(),
      waiting: registrationCount(['waitlisted']),
    })
    .from(registrations)
    .where(inArray(registrations.meetingId, meetingIds))
    .groupBy(registrations.meetingId);
  for (const row of rows) counts.set(row.meetingId, { taken: row.taken, waiting: row.waiting });
  return counts;
}

/** The person's registrations that are not cancelled, newest meeting first. */
export async function readMyRegistrations(db: DbOrTx, userId: string) {
  return db
    .select({
      id: registrations.id,
      status: registrations.status,
      colleagues: registrations.colleagues,
      note: registrations.note,
      createdAt: registrations.createdAt,
      meetingId: meetings.id,
      meetingSlug: meetings.slug,
      meetingTitle: meetings.title,
      meetingStatus: meetings.status,
      startsAt: meetings.startsAt,
      place: meetings.place,
    })
    .from(registrations)
    .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
    .where(and(eq(registrations.userId, userId), inArray(registrations.status, ['registered', 'waitlisted', 'attended'])))
    .orderBy(desc(meetings.startsAt));
}

/** A waitlisted registration's place in the queue (1 = next to move up), by when it joined. */
export async function readWaitlistPosition(db: DbOrTx, meetingId: string, waitlistedAt: Date) {
  const [row] = await db
    .select({ n: count() })
    .from(registrations)
    .where(
      and(
        eq(registrations.meetingId, meetingId),
        eq(registrations.status, 'waitlisted'),
        lte(registrations.waitlistedAt, waitlistedAt),
      ),
    );
  // The count includes the registration itself.
  return row?.n ?? 1;
}

/** What the register/cancel island needs: the meeting's state, seats, and the person's registration. */
export async function readRegistrationState(db: DbOrTx, meetingId: string, userId: string | null) {
  const [meeting] = await db
    .select({
      id: meetings.id,
      slug: meetings.slug,
      status: meetings.status,
      startsAt: meetings.startsAt,
      capacity: meetings.capacity,
      registrationDeadline: meetings.registrationDeadline,
    })
    .from(meetings)
    .where(eq(meetings.id, meetingId));
  if (!meeting || meeting.status === 'draft') return null;
  const seats = (await readSeatCounts(db, [meetingId])).get(meetingId) ?? { taken: 0, waiting: 0 };
  let own: { id: string; status: string; colleagues: number; unnamed: number; note: string | null; position: number | null } | null = null;
  if (userId) {
    const [row] = await db
      .select({
        id: registrations.id,
        status: registrations.status,
        colleagues: registrations.colleagues,
        note: registrations.note,
        waitlistedAt: registrations.waitlistedAt,
      })
      .from(registrations)
      .where(
        and(
          eq(registrations.meetingId, meetingId),
          eq(registrations.userId, userId),
          inArray(registrations.status, ['registered', 'waitlisted', 'attended']),
        ),
      );
    if (row) {
      let position: number | null = null;
      if (row.status === 'waitlisted' && row.waitlistedAt) {
        position = await readWaitlistPosition(db, meetingId, row.waitlistedAt);
      }
      // Colleagues still without a name (migrated parties): the panel asks to name them.
      const [unnamed] = await db
        .select({ n: count() })
        .from(attendees)
        .where(
          and(
            eq(attendees.registrationId, row.id),
            isNull(attendees.cancelledAt),
            eq(attendees.isRegistrant, false),
            eq(attendees.name, ''),
          ),
        );
      own = { id: row.id, status: row.status, colleagues: row.colleagues, unnamed: unnamed?.n ?? 0, note: row.note, position };
    }
  }
  return { meeting, seats, own };
}

/**
 * Who hears about a change to a meeting (a new time or place, a cancellation): one row per
 * registration that holds or waits for a seat, with its person's address and language.
 */
export function readMeetingNoticeRecipients(db: DbOrTx, meetingId: string) {
  return db
    .select({ registrationId: registrations.id, userId: users.id, email: users.email, locale: users.locale })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .where(and(eq(registrations.meetingId, meetingId), inArray(registrations.status, ['registered', 'waitlisted']), isNull(users.deactivatedAt)));
}

function registrationFilter(db: DbOrTx, meetingId: string, q?: string) {
  const conditions: SQL[] = [eq(registrations.meetingId, meetingId)];
  const term = q?.trim();
  if (term) {
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // A colleague is found by their own name or email too: their party is listed.
    const colleagueParties = db
      .select({ id: attendees.registrationId })
      .from(attendees)
      .where(and(eq(attendees.meetingId, meetingId), or(ilike(attendees.name, pattern), ilike(attendees.email, pattern))));
    conditions.push(
      or(ilike(companies.name, pattern), ilike(users.name, pattern), ilike(users.email, pattern), ilike(companies.cvr, pattern), inArray(registrations.id, colleagueParties))!,
    );
  }
  return and(...conditions);
}

const registrationColumns = {
  id: registrations.id,
  status: registrations.status,
  colleagues: registrations.colleagues,
  note: registrations.note,
  createdAt: registrations.createdAt,
  waitlistedAt: registrations.waitlistedAt,
  attendedAt: registrations.attendedAt,
  personName: users.name,
  personEmail: users.email,
  companyName: companies.name,
  companyCvr: companies.cvr,
};

// Seats first (present or not), then the waitlist in its order, then cancellations.
const registrationOrder = [
  sql`case ${registrations.status} when 'attended' then 0 when 'registered' then 0 when 'waitlisted' then 1 else 2 end`,
  asc(registrations.waitlistedAt),
  asc(companies.name),
  asc(users.name),
  asc(registrations.createdAt),
  asc(registrations.id),
];

/** Every registration of a meeting (the CSV export), optionally matching a search. */
export async function readRegistrationsForAdmin(db: DbOrTx, meetingId: string, q?: string) {
  return db
    .select(registrationColumns)
    .from(registrations)
    .leftJoin(users, eq(users.id, registrations.userId))
    .leftJoin(companies, eq(companies.id, registrations.companyId))
    .where(registrationFilter(db, meetingId, q))
    .orderBy(...registrationOrder);
}

function registrationPageQuery(db: DbOrTx, where: SQL | undefined) {
  return db
    .select({ ...registrationColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(registrations)
    .leftJoin(users, eq(users.id, registrations.userId))
    .leftJoin(companies, eq(companies.id, registrations.companyId))
    .where(where)
    .orderBy(...registrationOrder)
    .limit(sql.placeholder('limit'))
    .offset(sql.placeholder('offset'));
}

/** One page of them for the registrations page, and how many match in all (one query). */
export async function readRegistrationsForAdminPage(db: DbOrTx, meetingId: string, q: string | undefined, paging: { limit: number; offset: number }) {
  // Without a search (most visits) the query is the same each time but for its values: prepared once.
  const rows = q?.trim()
    ? await registrationPageQuery(db, registrationFilter(db, meetingId, q)).execute(paging)
    : await preparedOnce(db, 'registration_page', () =>
        registrationPageQuery(db, eq(registrations.meetingId, sql.placeholder('meetingId'))).prepare('registration_page'),
      ).execute({ ...paging, meetingId });
  return { rows: rows.map(({ total, ...row }) => row), total: rows[0]?.total ?? 0 };
}

export type AdminRegistration = Awaited<ReturnType<typeof readRegistrationsForAdmin>>[number];

// Seats taken, waitlist and attendance, over a meeting's registrations.
const summaryColumns = () => ({
  seatsTaken: seatSum(),
  waitlisted: registrationCount(['waitlisted']),
  // People checked in (not whole parties): the count the list's per-person buttons add up to.
  attended: presentSum(),
  registrations: registrationCount(seatHoldingStatuses),
});

/** Seats taken, waitlist and attendance at a glance. */
export async function readRegistrationSummary(db: DbOrTx, meetingId: string) {
  const [row] = await db.select(summaryColumns()).from(registrations).where(eq(registrations.meetingId, meetingId));
  return row;
}

const headerColumns = { ...meetingHeaderColumns, capacity: meetings.capacity, version: meetings.version };

export async function readMeetingHeader(db: DbOrTx, meetingId: string) {
  const [row] = await db.select(headerColumns).from(meetings).where(eq(meetings.id, meetingId));
  return row ?? null;
}

/** The meeting's header and its registration summary in one query (the registrations page). */
export async function readMeetingHeaderWithSummary(db: DbOrTx, meetingId: string) {
  const [row] = await preparedOnce(db, 'meeting_header_summary', () =>
    db
      .select({ ...headerColumns, ...summaryColumns() })
      .from(meetings)
      .leftJoin(registrations, eq(registrations.meetingId, meetings.id))
      .where(eq(meetings.id, sql.placeholder('meetingId')))
      .groupBy(meetings.id)
      .prepare('meeting_header_summary'),
  ).execute({ meetingId });
  if (!row) return null;
  const { seatsTaken, waitlisted, attended, registrations: held, ...meeting } = row;
  return { meeting, summary: { seatsTaken, waitlisted, attended, registrations: held } };
}
