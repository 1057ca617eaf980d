// Who a segment choice reaches for one meeting: each chosen segment's addresses (lower case),
// merged so a person is counted and invited once, without suppressed addresses and without
// those already invited to the meeting. The page's counts and the send read the same function,
// so the number the admin confirms is the number of rows written.
import 'server-only';
import { and, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import {
  companies,
  emailSuppressions,
  invitationRecipients,
  registrations,
  subscriptions,
  themes,
  users,
  type SegmentKind,
} from '@/db/schema';
import { councilMemberRoles } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { segmentPrecedence } from './rules';
import type { ParsedSegmentChoice } from './schema';

type Candidate = { email: string; userId: string | null; companyId: string | null };

export type InvitationRecipient = {
  email: string;
  userId: string | null;
  companyId: string | null;
  segment: SegmentKind;
  locale: Locale;
  /** A council member: the email carries the answer links. */
  council: boolean;
};

export type SegmentCounts = {
  /** Distinct new addresses per chosen segment (a person in two segments counts in both). */
  bySegment: Partial<Record<SegmentKind, number>>;
  /** Distinct new addresses in all (each person once). */
  total: number;
  /** Addresses left out because they are suppressed (unsubscribed, bounced, complained). */
  suppressed: number;
  /** Addresses left out because they were already invited to this meeting. */
  alreadyInvited: number;
};

const lowerEmail = (column: AnyPgColumn) => sql<string>`lower(${column})`;
const active = isNull(users.deactivatedAt);
const CHUNK = 1000;

/** The company filter: chosen industries (code, or the text where there is no code) and sizes. */
function companyFilter(choice: ParsedSegmentChoice): SQL | undefined {
  const parts: SQL[] = [];
  if (choice.industryCodes.length) {
    parts.push(
      or(
        inArray(companies.industryCode, choice.industryCodes),
        and(isNull(companies.industryCode), inArray(companies.industry, choice.industryCodes)),
      )!,
    );
  }
  if (choice.employeesBands.length) parts.push(inArray(companies.employeesBand, choice.employeesBands));
  return parts.length ? and(...parts) : undefined;
}

async function candidatesOf(db: DbOrTx, kind: SegmentKind, meetingId: string, choice: ParsedSegmentChoice): Promise<Candidate[]> {
  switch (kind) {
    case 'subscribers':
      return db
        .select({ email: sql<string>`lower(${subscriptions.email})`, userId: subscriptions.userId, companyId: subscriptions.companyId })
        .from(subscriptions)
        .where(eq(subscriptions.status, 'active'));
    case 'companies': {
      const filter = companyFilter(choice);
      const [own, members] = await Promise.all([
        // A company's own address from the CVR extract only where a legal basis is recorded for
        // it: the secretariat marked it a business-service contact, or it subscribed itself.
        db
          .select({ email: sql<string>`lower(${companies.email})`, userId: sql<string | null>`null`, companyId: companies.id })
          .from(companies)
          .innerJoin(subscriptions, and(eq(sql`lower(${subscriptions.email})`, sql`lower(${companies.email})`), eq(subscriptions.status, 'active')))
          .where(and(isNotNull(companies.email), ne(companies.email, ''), filter)),
        db
          .select({ email: lowerEmail(users.email), userId: users.id, companyId: companies.id })
          .from(users)
          .innerJoin(companies, eq(companies.id, users.companyId))
          .where(and(active, filter)),
      ]);
      return [...own, ...members];
    }
    case 'earlier-attendees':
      return db
        .selectDistinct({ email: lowerEmail(users.email), userId: users.id, companyId: users.companyId })
        .from(registrations)
        .innerJoin(users, eq(users.id, registrations.userId))
        .where(and(eq(registrations.status, 'attended'), ne(registrations.meetingId, meetingId), active));
    case 'proposers':
      return db
        .selectDistinct({ email: lowerEmail(users.email), userId: users.id, companyId: users.companyId })
        .from(themes)
        .innerJoin(users, eq(users.id, themes.proposerId))
        .where(active);
    case 'council':
      return db
        .select({ email: lowerEmail(users.email), userId: users.id, companyId: users.companyId })
        .from(users)
        .where(and(inArray(users.role, [...councilMemberRoles]), active));
  }
}

async function inChunks<T>(emails: string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < emails.length; i += CHUNK) out.push(...(await read(emails.slice(i, i + CHUNK))));
  return out;
}

/**
 * The recipients of a segment choice for a meeting, each once, under the first segment in
 * segmentPrecedence that includes them, with their language (the user's, else the
 * subscription's, else Danish) — and the counts the page shows.
 */
export async function resolveSegments(db: DbOrTx, meetingId: string, choice: ParsedSegmentChoice) {
  const kinds = segmentPrecedence.filter((k) => choice.kinds.includes(k));
  const perKind = await Promise.all(kinds.map(async (kind) => ({ kind, rows: await candidatesOf(db, kind, meetingId, choice) })));

  const merged = new Map<string, Candidate & { segment: SegmentKind }>();
  const membersOf = new Map<SegmentKind, Set<string>>();
  for (const { kind, rows } of perKind) {
    const set = new Set<string>();
    for (const row of rows) {
      const email = row.email?.trim();
      if (!email || !email.includes('@')) continue;
      set.add(email);
      const seen = merged.get(email);
      if (!seen) merged.set(email, { ...row, email, segment: kind });
      else {
        seen.userId ??= row.userId;
        seen.companyId ??= row.companyId;
      }
    }
    membersOf.set(kind, set);
  }

  const all = [...merged.keys()];
  const [suppressedRows, invitedRows] = await Promise.all([
    inChunks(all, (chunk) => db.select({ email: emailSuppressions.email }).from(emailSuppressions).where(inArray(sql`lower(${emailSuppressions.email})`, chunk))),
    db
      .select({ email: sql<string>`lower(${invitationRecipients.email})` })
      .from(invitationRecipients)
      .where(eq(invitationRecipients.meetingId, meetingId)),
  ]);
  const suppressed = new Set(suppressedRows.map((r) => r.email.toLowerCase()));
  const invited = new Set(invitedRows.map((r) => r.email));
  const left = (email: string) => !suppressed.has(email) && !invited.has(email);
  const remaining = all.filter(left);

  const [userRows, subscriptionRows] = await Promise.all([
    inChunks(remaining, (chunk) =>
      db
        .select({ email: lowerEmail(users.email), id: users.id, locale: users.locale, role: users.role })
        .from(users)
        .where(inArray(sql`lower(${users.email})`, chunk)),
    ),
    inChunks(remaining, (chunk) =>
      db
        .select({ email: sql<string>`lower(${subscriptions.email})`, locale: subscriptions.locale })
        .from(subscriptions)
        .where(inArray(sql`lower(${subscriptions.email})`, chunk)),
    ),
  ]);
  const userBy = new Map(userRows.map((u) => [u.email, u]));
  const subscriptionLocale = new Map(subscriptionRows.map((s) => [s.email, s.locale]));
  const asLocale = (v: string | undefined): Locale | undefined => (v === 'da' || v === 'en' ? v : undefined);

  const recipients: InvitationRecipient[] = remaining.map((email) => {
    const row = merged.get(email)!;
    const user = userBy.get(email);
    return {
      email,
      userId: user?.id ?? row.userId,
      companyId: row.companyId,
      segment: row.segment,
      locale: asLocale(user?.locale) ?? asLocale(subscriptionLocale.get(email)) ?? 'da',
      council: user ? councilMemberRoles.includes(user.role) : false,
    };
  });

  const counts: SegmentCounts = {
    bySegment: Object.fromEntries(kinds.map((k) => [k, [...membersOf.get(k)!].filter(left).length])),
    total: recipients.length,
    suppressed: all.filter((e) => suppressed.has(e)).length,
    alreadyInvited: all.filter((e) => !suppressed.has(e) && invited.has(e)).length,
  };
  return { recipients, counts };
}
