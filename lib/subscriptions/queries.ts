// Reads of subscriptions and suppressions: the invitation worker's "all subscribers" segment, the
// suppression check every bulk send makes, and the admin list.
import 'server-only';
import { and, asc, count, desc, eq, isNotNull, isNull, ne, notInArray, SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '@/db/client';
import { companies, emailSuppressions, subscriptions, type SubscriptionStatus } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';

export type Subscriber = { email: string; userId: string | null; companyId: string | null; locale: Locale };

/**
 * SQL filter for bulk sending: the address in `column` (stored in lower case) is not on the
 * suppression list (unsubscribed, bounced or complained). Built with Drizzle's inArray over a
 * subquery, never a hand-written one (see tests/unit/db/hand-written-sql.test.ts).
 */
export function notSuppressed(db: DbOrTx, column: AnyPgColumn | SQL): SQL {
  const blocked = db.select({ email: emailSuppressions.email }).from(emailSuppressions);
  return column instanceof SQL ? notInArray(column, blocked) : notInArray(column, blocked);
}

/** Every active subscriber that may be written to, for a bulk send to "all subscribers". */
export async function readActiveSubscribers(db: DbOrTx): Promise<Subscriber[]> {
  const rows = await db
    .select({ email: subscriptions.email, userId: subscriptions.userId, companyId: subscriptions.companyId, locale: subscriptions.locale })
    .from(subscriptions)
    .where(and(eq(subscriptions.status, 'active'), notSuppressed(db, subscriptions.email)))
    .orderBy(asc(subscriptions.email));
  return rows.map((r) => ({ ...r, locale: r.locale === 'en' ? 'en' : 'da' }));
}

export async function isSuppressed(db: DbOrTx, email: string): Promise<boolean> {
  const [row] = await db
    .select({ email: emailSuppressions.email })
    .from(emailSuppressions)
    .where(eq(emailSuppressions.email, email.toLowerCase()))
    .limit(1);
  return Boolean(row);
}

export async function readSubscription(db: DbOrTx, email: string) {
  const [row] = await db
    .select()
    .from(subscriptions)
    .where(sql`lower(${subscriptions.email}) = ${email.toLowerCase()}`)
    .limit(1);
  return row ?? null;
}

/** Whether the signed-in person's own address is subscribed (the portal's toggle). */
export async function readMySubscriptionStatus(db: DbOrTx, email: string): Promise<SubscriptionStatus | null> {
  return (await readSubscription(db, email))?.status ?? null;
}

export const SUBSCRIBERS_PAGE_SIZE = 50;

/** The admin list: one page of subscriptions, newest first, with counts by status and basis. */
export async function readSubscribersPage(db: DbOrTx, page: number) {
  const offset = (Math.max(1, page) - 1) * SUBSCRIBERS_PAGE_SIZE;
  const [rows, totals, suppressions] = await Promise.all([
    db
      .select({
        id: subscriptions.id,
        email: subscriptions.email,
        status: subscriptions.status,
        legalBasis: subscriptions.legalBasis,
        legalNote: subscriptions.legalNote,
        source: subscriptions.source,
        companyName: companies.name,
        createdAt: subscriptions.createdAt,
        confirmedAt: subscriptions.confirmedAt,
        unsubscribedAt: subscriptions.unsubscribedAt,
        suppressedReason: emailSuppressions.reason,
      })
      .from(subscriptions)
      .leftJoin(companies, eq(companies.id, subscriptions.companyId))
      .leftJoin(emailSuppressions, eq(emailSuppressions.email, subscriptions.email))
      .orderBy(desc(subscriptions.createdAt), asc(subscriptions.email))
      .limit(SUBSCRIBERS_PAGE_SIZE)
      .offset(offset),
    db
      .select({ status: subscriptions.status, legalBasis: subscriptions.legalBasis, n: count() })
      .from(subscriptions)
      .groupBy(subscriptions.status, subscriptions.legalBasis),
    db.select().from(emailSuppressions).orderBy(desc(emailSuppressions.createdAt)).limit(200),
  ]);
  const total = totals.reduce((sum, t) => sum + Number(t.n), 0);
  const by = (f: (t: (typeof totals)[number]) => boolean) => totals.filter(f).reduce((sum, t) => sum + Number(t.n), 0);
  return {
    rows,
    total,
    pages: Math.max(1, Math.ceil(total / SUBSCRIBERS_PAGE_SIZE)),
    counts: {
      active: by((t) => t.status === 'active'),
      pending: by((t) => t.status === 'pending'),
      unsubscribed: by((t) => t.status === 'unsubscribed'),
      consent: by((t) => t.status === 'active' && t.legalBasis === 'consent'),
      businessService: by((t) => t.status === 'active' && t.legalBasis === 'business-service'),
    },
    suppressions,
  };
}

/** Companies with an imported address that is not yet on the list, for the marking form. */
export async function readUnmarkedCompanyAddresses(db: DbOrTx, limit = 200) {
  return db
    .select({ id: companies.id, name: companies.name, cvr: companies.cvr, email: companies.email })
    .from(companies)
    .leftJoin(subscriptions, eq(subscriptions.email, sql`lower(${companies.email})`))
    .where(and(isNotNull(companies.email), ne(companies.email, ''), isNull(subscriptions.id)))
    .orderBy(asc(companies.name))
    .limit(limit);
}
