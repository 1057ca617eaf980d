// Reads of the company directory, nothing that writes: the filtered, paged directory, the
// choices of its filters, one company's entry, and an import batch (only its uploader's).
import 'server-only';
import { and, asc, count, desc, eq, exists, ilike, isNotNull, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, companyImportBatches, subscriptions, users } from '@/db/schema';
import type { DirectoryFilter } from './schema';

export const DIRECTORY_PAGE_SIZE = 50;

const hasMembers = (db: DbOrTx) =>
  exists(db.select({ one: sql`1` }).from(users).where(and(eq(users.companyId, companies.id), isNull(users.deactivatedAt))));

/** Subscribed: an active subscription for the company, or for the company's own address. */
const isSubscribed = (db: DbOrTx) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(subscriptions)
      .where(
        and(
          eq(subscriptions.status, 'active'),
          or(eq(subscriptions.companyId, companies.id), and(isNotNull(companies.email), eq(subscriptions.email, sql`lower(${companies.email})`))),
        ),
      ),
  );

/** Escapes LIKE's wildcards in typed text. */
const likeText = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function directoryWhere(db: DbOrTx, f: Omit<DirectoryFilter, 'page'>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (f.q) {
    const digits = f.q.replace(/[\s-]/g, '');
    conditions.push(/^\d{1,8}$/.test(digits) ? or(ilike(companies.name, likeText(f.q)), ilike(companies.cvr, `${digits}%`)) : ilike(companies.name, likeText(f.q)));
  }
  if (f.industry) conditions.push(eq(companies.industryCode, f.industry));
  if (f.band) conditions.push(eq(companies.employeesBand, f.band));
  if (f.area) conditions.push(eq(companies.area, f.area));
  if (f.members) conditions.push(f.members === 'yes' ? hasMembers(db) : not(hasMembers(db)));
  if (f.subscribed) conditions.push(f.subscribed === 'yes' ? isSubscribed(db) : not(isSubscribed(db)));
  return conditions.length ? and(...conditions) : undefined;
}

export async function readDirectory(db: DbOrTx, filter: DirectoryFilter) {
  const where = directoryWhere(db, filter);
  const [[{ total }]] = await Promise.all([db.select({ total: count() }).from(companies).where(where)]);
  const pages = Math.max(1, Math.ceil(total / DIRECTORY_PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const membersCount = db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.companyId, companies.id), isNull(users.deactivatedAt)));
  const rows = await db
    .select({
      id: companies.id,
      cvr: companies.cvr,
      name: companies.name,
      address: companies.address,
      postalCode: companies.postalCode,
      industryCode: companies.industryCode,
      industry: companies.industry,
      employeesBand: companies.employeesBand,
      area: companies.area,
      email: companies.email,
      members: sql<number>`(${membersCount})`.mapWith(Number),
      subscribed: sql<boolean>`${isSubscribed(db)}`.mapWith(Boolean),
    })
    .from(companies)
    .where(where)
    .orderBy(asc(companies.name), asc(companies.cvr))
    .limit(DIRECTORY_PAGE_SIZE)
    .offset((page - 1) * DIRECTORY_PAGE_SIZE);
  return { rows, total, page, pages };
}

/** The industries in the directory, for its filter: each code once, with one of its texts. */
export async function readDirectoryIndustries(db: DbOrTx) {
  const rows = await db
    .select({ code: companies.industryCode, text: sql<string | null>`max(${companies.industry})` })
    .from(companies)
    .where(isNotNull(companies.industryCode))
    .groupBy(companies.industryCode)
    .orderBy(asc(companies.industryCode));
  return rows.map((r) => ({ code: r.code as string, text: r.text }));
}

export async function readDirectoryEntry(db: DbOrTx, cvr: string) {
  const [row] = await db.select().from(companies).where(eq(companies.cvr, cvr));
  return row ?? null;
}

/** An import batch, only for the admin who uploaded it (anyone else gets null). */
export async function readImportBatch(db: DbOrTx, userId: string, batchId: string) {
  const [batch] = await db
    .select()
    .from(companyImportBatches)
    .where(and(eq(companyImportBatches.id, batchId), eq(companyImportBatches.createdById, userId)));
  return batch ?? null;
}

/**
 * The companies the secretariat should verify: not verified, and either created in the portal
 * (not by the import) or with members. A company only the CVR import knows has nobody to vouch
 * for yet, so it waits in the directory, not in this list.
 */
export async function readCompaniesToVerify(db: DbOrTx) {
  const membersCount = db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.companyId, companies.id), isNull(users.deactivatedAt)));
  return db
    .select({
      id: companies.id,
      cvr: companies.cvr,
      name: companies.name,
      createdAt: companies.createdAt,
      members: sql<number>`(${membersCount})`.mapWith(Number),
    })
    .from(companies)
    .where(and(isNull(companies.verifiedAt), or(isNull(companies.importedAt), hasMembers(db))))
    .orderBy(desc(companies.createdAt));
}
