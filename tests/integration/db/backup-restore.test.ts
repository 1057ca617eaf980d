// Backup and restore as docs/operations.md describes it, tried once on the demo data: pg_dump
// in the custom format, pg_restore into a fresh database, and every table has the same rows.
// Runs on PostgreSQL only, and skips itself where the client tools are not installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { seedDemoData } from '@/db/seed/seed-demo-data';
import { createTestDatabase } from '../../support/next-instances';

const serverUrl = process.env.TEST_DATABASE_URL;
const hasTools = ['pg_dump', 'pg_restore'].every((tool) => spawnSync(tool, ['--version']).status === 0);
if (process.env.TEST_DB === 'postgres' && !hasTools) console.warn('[backup] skipped: pg_dump / pg_restore not installed');

/** Rows per table (the app's tables and drizzle's migration record). */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const tables = await sql<{ schema: string; name: string }[]>`
      select table_schema as schema, table_name as name from information_schema.tables
      where table_schema in ('public', 'drizzle') and table_type = 'BASE TABLE' order by 1, 2`;
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const [row] = await sql.unsafe(`select count(*)::int as n from "${t.schema}"."${t.name}"`);
      counts[`${t.schema}.${t.name}`] = row.n as number;
    }
    return counts;
  } finally {
    await sql.end();
  }
}

describe.skipIf(process.env.TEST_DB !== 'postgres' || !serverUrl || !hasTools)('backup and restore', () => {
  it('restores a dump of the demo database into a fresh database with every row', async () => {
    const sourceUrl = process.env.DATABASE_URL!;
    expect(await seedDemoData(await getDb())).toBe(true);
    const folder = mkdtempSync(path.join(tmpdir(), 'ef-backup-'));
    const target = await createTestDatabase(serverUrl!, 'ef_restore');
    try {
      const dump = path.join(folder, 'erhvervsforum.dump');
      execFileSync('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, sourceUrl]);
      execFileSync('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${target.url}`, dump]);

      const before = await rowCounts(sourceUrl);
      const after = await rowCounts(target.url);
      expect(before['public.users']).toBeGreaterThan(0);
      expect(before['public.meetings']).toBeGreaterThan(0);
      expect(after).toEqual(before);
    } finally {
      await target.drop();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
