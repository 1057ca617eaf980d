// Migration 0006 (constraints) on a database that already holds data: the demo data passes
// through unchanged, rows that would break a new CHECK are repaired first, and an email kind the
// new enum does not list stops the migration with its name, changing nothing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { migrationsFolder } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoData } from '@/db/seed/seed-demo-data';
import { createTestDatabase } from '../../support/next-instances';

const CONSTRAINTS = '0006_constraints';
const tables = ['users', 'companies', 'meetings', 'themes', 'agenda_items', 'registrations', 'followups', 'speakers', 'meeting_themes'];
const hour = 3600_000;

/** The migrations folder as it was before the constraints migration. */
let before: string;
/** The migrations after it, which only add (and are written to run twice). */
let laterAdditions: string[];
beforeAll(() => {
  before = mkdtempSync(path.join(os.tmpdir(), 'migrations-before-'));
  cpSync(migrationsFolder, before, { recursive: true });
  const journalPath = path.join(before, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const at = journal.entries.findIndex((e) => e.tag === CONSTRAINTS);
  expect(at).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, at) }));
  laterAdditions = journal.entries
    .slice(at + 1)
    .map((e) => readFileSync(path.join(migrationsFolder, `${e.tag}.sql`), 'utf8'));
});
afterAll(() => rmSync(before, { recursive: true, force: true }));

type Scratch = { db: Db; migrate: (folder: string) => Promise<void>; rows: <T>(query: ReturnType<typeof sql>) => Promise<T[]>; close: () => Promise<void> };

/** An empty database of the kind under test, apart from the one this test file was given. */
async function scratchDatabase(): Promise<Scratch> {
  if (process.env.TEST_DB === 'postgres') {
    const { default: postgres } = await import('postgres');
    const { drizzle } = await import('drizzle-orm/postgres-js');
    const { migrate } = await import('drizzle-orm/postgres-js/migrator');
    const database = await createTestDatabase(process.env.TEST_DATABASE_URL!, 'schema12_migration');
    const client = postgres(database.url, { max: 1, onnotice: () => {} });
    const db = drizzle(client, { schema });
    return {
      db: db as unknown as Db,
      migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
      rows: async <T,>(query: ReturnType<typeof sql>) => (await db.execute(query)) as unknown as T[],
      close: async () => {
        await client.end({ timeout: 5 });
        await database.drop();
      },
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = new PGlite();
  const db = drizzle(client, { schema });
  return {
    db: db as unknown as Db,
    migrate: (migrationsFolder) => migrate(db, { migrationsFolder }),
    rows: async <T,>(query: ReturnType<typeof sql>) => (await db.execute(query)).rows as T[],
    close: () => client.close(),
  };
}

async function counts(scratch: Scratch) {
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [{ n }] = await scratch.rows<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)}`);
    result[table] = n;
  }
  return result;
}

/**
 * The schema before 0006 plus what later migrations add: today's demo seed writes the added
 * columns, and 0006 must repair data whatever came after it.
 */
async function migrateToBefore(scratch: Scratch) {
  await scratch.migrate(before);
  for (const migration of laterAdditions) {
    for (const statement of migration.split('--> statement-breakpoint')) {
      // 0006 turns email_outbox.kind into the email_kind enum: before it, a kind is plain text.
      if (statement.trim() && !statement.includes('"email_kind"')) await scratch.rows(sql.raw(statement));
    }
  }
}

describe(`migrating to the constraints (${process.env.TEST_DB})`, () => {
  it('keeps the demo data as it was and repairs the rows that would break a constraint', { timeout: 120_000 }, async () => {
    const scratch = await scratchDatabase();
    try {
      await migrateToBefore(scratch);
      const now = new Date('2026-11-29T12:00:00Z');
      expect(await seedDemoData(scratch.db, now)).toBe(true);
      const demo = await counts(scratch);
      const demoMeetings = await scratch.rows<{ id: string; ends_at: Date }>(sql`select id, ends_at from meetings order by id`);

      // Rows the old schema took and the new one refuses.
      const startsAt = new Date('2027-03-01T15:00:00Z');
      const [broken] = await scratch.rows<{ id: string }>(sql`
        insert into meetings (slug, title, place, starts_at, ends_at, capacity)
        values ('bagvendt', 'Bagvendt', 'Rådhuset', ${startsAt.toISOString()}, ${new Date(startsAt.getTime() - hour).toISOString()}, -5)
        returning id`);
      await scratch.rows(sql`
        insert into agenda_items (meeting_id, position, kind, title, duration_minutes)
        values (${broken.id}, 0, 'welcome', 'Velkomst', 30), (${broken.id}, 1, 'talk', 'Oplæg', 45), (${broken.id}, 2, 'break', 'Ingen tid', 0)`);
      const [empty] = await scratch.rows<{ id: string }>(sql`
        insert into meetings (slug, title, place, starts_at, ends_at)
        values ('uden-tid', 'Uden tid', 'Rådhuset', ${startsAt.toISOString()}, ${startsAt.toISOString()})
        returning id`);
      await scratch.rows(sql`
        insert into registrations (meeting_id, colleagues, status)
        values (${broken.id}, 15, 'registered'), (${broken.id}, -2, 'registered')`);
      await scratch.rows(sql`insert into forum_settings select 2, 'Et andet forum', municipality, chair_name, chair_title, owner_name, owner_title, secretariat_name, address_line, postal_city, email, phone, reports_to from forum_settings where id = 1`);
      await scratch.rows(sql`
        insert into email_outbox (kind, to_email, subject, html, text, idempotency_key)
        values ('theme-accepted', 'a@example.test', 's', 'h', 't', 'old:1')`);

      await scratch.migrate(migrationsFolder);

      const after = await counts(scratch);
      expect(after).toEqual({ ...demo, meetings: demo.meetings + 2, agenda_items: demo.agenda_items + 3, registrations: demo.registrations + 2 });
      const demoAfter = await scratch.rows<{ id: string; ends_at: Date }>(
        sql`select id, ends_at from meetings where slug not in ('bagvendt', 'uden-tid') order by id`,
      );
      expect(demoAfter.map((m) => [m.id, new Date(m.ends_at).getTime()])).toEqual(demoMeetings.map((m) => [m.id, new Date(m.ends_at).getTime()]));

      const meetings = await scratch.rows<{ id: string; capacity: number | null; minutes: number }>(
        sql`select id, capacity, (extract(epoch from ends_at - starts_at) / 60)::int as minutes from meetings where id in (${broken.id}, ${empty.id})`,
      );
      // 30 + 45 + the empty item's repaired minute; an hour where there is no agenda.
      expect(meetings.find((m) => m.id === broken.id)).toEqual({ id: broken.id, capacity: 0, minutes: 76 });
      expect(meetings.find((m) => m.id === empty.id)).toEqual({ id: empty.id, capacity: null, minutes: 60 });
      const durations = await scratch.rows<{ d: number }>(sql`select duration_minutes as d from agenda_items where meeting_id = ${broken.id} order by position`);
      expect(durations.map((r) => r.d)).toEqual([30, 45, 1]);
      const colleagues = await scratch.rows<{ c: number }>(sql`select colleagues as c from registrations where meeting_id = ${broken.id} order by colleagues`);
      expect(colleagues.map((r) => r.c)).toEqual([0, 10]);
      const settings = await scratch.rows<{ id: number; forum_name: string }>(sql`select id, forum_name from forum_settings`);
      expect(settings).toEqual([{ id: 1, forum_name: expect.not.stringMatching(/^Et andet forum$/) }]);
      const kinds = await scratch.rows<{ kind: string }>(sql`select kind::text as kind from email_outbox`);
      expect(kinds).toEqual([{ kind: 'theme-accepted' }]);
    } finally {
      await scratch.close();
    }
  });

  it('makes the latest settings row the one when none has id 1', { timeout: 120_000 }, async () => {
    const scratch = await scratchDatabase();
    try {
      await migrateToBefore(scratch);
      await seedDemoData(scratch.db, new Date('2026-11-29T12:00:00Z'));
      await scratch.rows(sql`update forum_settings set id = 7, updated_at = '2026-01-01T00:00:00Z'`);
      await scratch.rows(sql`insert into forum_settings select 9, 'Det nyeste forum', municipality, chair_name, chair_title, owner_name, owner_title, secretariat_name, address_line, postal_city, email, phone, reports_to, '2026-06-01T00:00:00Z' from forum_settings where id = 7`);
      await scratch.migrate(migrationsFolder);
      expect(await scratch.rows(sql`select id, forum_name from forum_settings`)).toEqual([{ id: 1, forum_name: 'Det nyeste forum' }]);
    } finally {
      await scratch.close();
    }
  });

  it('stops at an email kind the enum does not list, naming it, and changes nothing', { timeout: 120_000 }, async () => {
    const scratch = await scratchDatabase();
    try {
      await migrateToBefore(scratch);
      await scratch.rows(sql`
        insert into email_outbox (kind, to_email, subject, html, text, idempotency_key)
        values ('newsletter', 'a@example.test', 's', 'h', 't', 'old:1'), ('sign-in', 'b@example.test', 's', 'h', 't', 'old:2')`);
      const [{ id: meetingId }] = await scratch.rows<{ id: string }>(sql`
        insert into meetings (slug, title, place, starts_at, ends_at, capacity)
        values ('bagvendt', 'Bagvendt', 'Rådhuset', '2027-03-01T15:00:00Z', '2027-03-01T14:00:00Z', -5) returning id`);

      const refusal = await scratch.migrate(migrationsFolder).then(
        () => 'migrated',
        (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
      );
      expect(refusal).toMatch(/email_outbox holds kinds that email_kind does not list: newsletter\./);
      // The repairs ran in the same transaction and went with it.
      expect(await scratch.rows(sql`select capacity from meetings where id = ${meetingId}`)).toEqual([{ capacity: -5 }]);
      const applied = await scratch.rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      const journal = JSON.parse(readFileSync(path.join(before, 'meta/_journal.json'), 'utf8')) as { entries: unknown[] };
      expect(applied).toEqual([{ n: journal.entries.length }]);
    } finally {
      await scratch.close();
    }
  });
});
