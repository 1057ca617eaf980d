// Several instances starting at once on one empty PostgreSQL database all come up and the
// migrations run once: each migrates under the same advisory lock (db/migrate.ts).
// PGlite lives inside one process, so there is nothing to race there.
import { readMigrationFiles } from 'drizzle-orm/migrator';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { migratePostgres, migrationsFolder } from '@/db/migrate';
import { createTestDatabase } from '../../support/next-instances';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.skipIf(process.env.TEST_DB !== 'postgres' || !serverUrl)('migrating at start', () => {
  it('lets four instances migrate one empty database at once, applying each migration once', async () => {
    const database = await createTestDatabase(serverUrl!, 'ef_lock');
    try {
      const results = await Promise.allSettled([1, 2, 3, 4].map(() => migratePostgres(database.url)));
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
      const sql = postgres(database.url, { max: 1, onnotice: () => {} });
      try {
        const applied = await sql<{ hash: string }[]>`select hash from drizzle.__drizzle_migrations`;
        expect(applied).toHaveLength(readMigrationFiles({ migrationsFolder }).length);
      } finally {
        await sql.end();
      }
    } finally {
      await database.drop();
    }
  });
});
