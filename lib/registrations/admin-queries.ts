// Reads for the registrations and attendance page and its CSV export.
import 'server-only';
import { and, asc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { preparedOnce } from '@/db/prepared';
import { companies, meetings, registrations, users } from '@/db/schema';
import { registrationCount, seatHoldingStatuses, seatSum } from './seats';
import { meetingHeaderColumns } from '@/lib/meetings/meeting-columns';

function registrationFilter(meetingId: string, q?: string) {
  const conditions: SQL[] = [eq(registrations.meetingId, meetingId)];
  const term = q?.trim();
  if (term) {
    const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(companies.name, pattern), ilike(users.name, pattern), ilike(users.email, pattern), ilike(companies.cvr, pattern))!);
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
    .where(registrationFilter(meetingId, q))
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
    ? await registrationPageQuery(db, registrationFilter(meetingId, q)).execute(paging)
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
  attended: seatSum(['attended']),
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

