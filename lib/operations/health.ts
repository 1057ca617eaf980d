// What a load balancer and monitoring ask of an instance: can it reach its database, does the
// database have every migration this build expects, and how long has the oldest email waited in
// the outbox. Counts and ages only, never a row's content (no personal data).
import 'server-only';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { eq, min, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { migrationsFolder } from '@/db/migrate';
import { emailOutbox } from '@/db/schema';

export type Health = {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unreachable';
  /** 'ahead': the database has migrations this build does not know (a rolling deploy's old instance). */
  migrations: 'current' | 'behind' | 'ahead' | 'unknown';
  outbox: { pending: number; oldestPendingSeconds: number | null } | null;
};

const DATABASE_TIMEOUT_MS = 3_000;

let expectedLast: number | undefined;
function lastMigrationOfThisBuild(): number {
  expectedLast ??= Math.max(0, ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
  return expectedLast;
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error('database timeout')), DATABASE_TIMEOUT_MS).unref()),
  ]);
}

async function readMigrationState(db: DbOrTx): Promise<Health['migrations']> {
  const rows = await db.execute<{ last: string | number | null }>(
    sql`select max(created_at) as last from drizzle.__drizzle_migrations`,
  );
  const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: { last: string | number | null }[] }).rows;
  const applied = Number(list[0]?.last ?? 0);
  const expected = lastMigrationOfThisBuild();
  if (applied === expected) return 'current';
  return applied < expected ? 'behind' : 'ahead';
}

async function readOutbox(db: DbOrTx, now: Date): Promise<NonNullable<Health['outbox']>> {
  const [row] = await db
    .select({ pending: sql<number>`count(*)::int`, oldest: min(emailOutbox.createdAt) })
    .from(emailOutbox)
    .where(eq(emailOutbox.status, 'pending'));
  const oldest = row?.oldest ? new Date(row.oldest) : null;
  return {
    pending: Number(row?.pending ?? 0),
    oldestPendingSeconds: oldest ? Math.max(0, Math.round((now.getTime() - oldest.getTime()) / 1000)) : null,
  };
}

/** The health of the database given, or of one that could not even be opened (a rejected promise). */
export async function readHealth(database: DbOrTx | Promise<DbOrTx>, { now }: { now: Date }): Promise<Health> {
  try {
    const db = await database;
    const [migrations, outbox] = await withTimeout(Promise.all([readMigrationState(db), readOutbox(db, now)]));
    return { status: migrations === 'behind' ? 'unavailable' : 'ok', database: 'ok', migrations, outbox };
  } catch {
    return { status: 'unavailable', database: 'unreachable', migrations: 'unknown', outbox: null };
  }
}
