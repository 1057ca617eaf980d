// Applies the drizzle-kit migrations in db/migrations, the same files on PGlite and PostgreSQL.
// Several instances may start at once on one database: on PostgreSQL the migration runs under a
// session advisory lock on a connection of its own, so one instance migrates while the others
// wait and then find nothing left to do.
import 'server-only';
import path from 'node:path';
import { getDbHandle } from './client';
import { getEnv } from '@/lib/env';

export const migrationsFolder = path.join(process.cwd(), 'db/migrations');

/** Any fixed number, the same in every instance: the key of the migration lock. */
export const MIGRATION_LOCK_KEY = 7_240_311_011;

export async function migratePostgres(databaseUrl: string) {
  const { default: postgres } = await import('postgres');
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const { migrate } = await import('drizzle-orm/postgres-js/migrator');
  // One connection: a session advisory lock belongs to the connection that took it.
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    try {
      await migrate(drizzle(client), { migrationsFolder });
    } finally {
      await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}

export async function migrateDatabase() {
  const handle = await getDbHandle();
  if (handle.kind === 'postgres') {
    await migratePostgres(getEnv().DATABASE_URL!);
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(handle.db as any, { migrationsFolder });
  }
  return handle.kind;
}
