// Applies the drizzle-kit migrations in db/migrations, the same files on PGlite and PostgreSQL.
import 'server-only';
import path from 'node:path';
import { getDbHandle } from './client';

export const migrationsFolder = path.join(process.cwd(), 'db/migrations');

export async function migrateDatabase() {
  const handle = await getDbHandle();
  if (handle.kind === 'postgres') {
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(handle.db as any, { migrationsFolder });
  } else {
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await migrate(handle.db as any, { migrationsFolder });
  }
  return handle.kind;
}
