// Reads for the invitation page: the meeting (with its themes and agenda for the email), the
// choices of the company filters, the invitations already sent with their counts, and the
// delivery progress of the meeting's invitation emails.
import 'server-only';
import { asc, count, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, emailOutbox, invitationRecipients, meetingInvitations, meetings, users } from '@/db/schema';
import { withStartTimes } from '@/lib/agenda/agenda-times';
import { readMeetingPage } from '@/lib/meetings/queries';
import { readDeliveryProgressWhere } from '@/lib/mail/outbox-progress';
import { invitationEmailKeyPrefix } from './rules';

/** A meeting as the invitation shows it: facts, themes and the agenda with start times; null when unknown or a draft. */
export async function readInvitationMeeting(db: DbOrTx, meetingId: string) {
  const [row] = await db.select({ slug: meetings.slug, status: meetings.status, startsAt: meetings.startsAt, title: meetings.title }).from(meetings).where(eq(meetings.id, meetingId));
  if (!row) return null;
  // Drafts are not on the public page; the page still names them to refuse them.
  const page = row.status === 'draft' ? null : await readMeetingPage(db, row.slug);
  return { ...row, id: meetingId, page: page ? { ...page, agenda: withStartTimes(page.startsAt, page.agenda) } : null };
}

export type InvitationMeeting = NonNullable<NonNullable<Awaited<ReturnType<typeof readInvitationMeeting>>>['page']>;

/** The industries and sizes the directory holds, for the company filter, with how many companies each. */
export async function readCompanyFilterChoices(db: DbOrTx) {
  const industryKey = sql<string>`coalesce(${companies.industryCode}, ${companies.industry})`;
  const [industries, bands] = await Promise.all([
    db
      .select({ value: industryKey, label: sql<string>`min(${companies.industry})`, companies: count() })
      .from(companies)
      .where(sql`${industryKey} is not null and ${industryKey} <> ''`)
      .groupBy(industryKey)
      .orderBy(asc(sql`min(${companies.industry})`), asc(industryKey)),
    db
      .select({ value: companies.employeesBand, companies: count() })
      .from(companies)
      .where(isNotNull(companies.employeesBand))
      .groupBy(companies.employeesBand),
  ]);
  // Bands sort by their first number ("1-4" before "10-19").
  const bandStart = (b: string) => Number.parseInt(b, 10) || 0;
  return {
    industries: industries.map((i) => ({ value: i.value, label: i.label ?? i.value, companies: Number(i.companies) })),
    bands: bands
      .filter((b): b is { value: string; companies: number } => !!b.value)
      .map((b) => ({ value: b.value, companies: Number(b.companies) }))
      .sort((a, b) => bandStart(a.value) - bandStart(b.value) || a.value.localeCompare(b.value)),
  };
}

/** The invitations sent for a meeting, newest first, with who sent them and how many each reached. */
export async function readInvitationHistory(db: DbOrTx, meetingId: string) {
  const counts = db
    .select({ invitationId: invitationRecipients.invitationId, n: count().as('n') })
    .from(invitationRecipients)
    .where(eq(invitationRecipients.meetingId, meetingId))
    .groupBy(invitationRecipients.invitationId)
    .as('counts');
  return db
    .select({
      id: meetingInvitations.id,
      segments: meetingInvitations.segments,
      sentAt: meetingInvitations.sentAt,
      sentBy: users.name,
      sentByEmail: users.email,
      recipients: sql<number>`coalesce(${counts.n}, 0)`.mapWith(Number),
    })
    .from(meetingInvitations)
    .leftJoin(users, eq(users.id, meetingInvitations.sentById))
    .leftJoin(counts, eq(counts.invitationId, meetingInvitations.id))
    .where(eq(meetingInvitations.meetingId, meetingId))
    .orderBy(desc(meetingInvitations.sentAt));
}

/** How the delivery of a meeting's invitation emails is going (every invitation of the meeting together). */
export function readInvitationProgress(db: DbOrTx, meetingId: string) {
  return readDeliveryProgressWhere(db, sql`${emailOutbox.idempotencyKey} like ${`${invitationEmailKeyPrefix(meetingId)}%`}`);
}
