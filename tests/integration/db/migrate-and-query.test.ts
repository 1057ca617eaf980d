import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb, getDbHandle } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { attendees, companies, meetings, registrations, themes } from '@/db/schema';
import { seedDemoData } from '@/db/seed/seed-demo-data';
import { databaseRefusal } from '../../support/database-refusal';

describe(`the database module (${process.env.TEST_DB})`, () => {
  it('opens the database the environment asks for', async () => {
    const { kind } = await getDbHandle();
    expect(kind).toBe(process.env.TEST_DB);
  });

  it('has applied every migration, and applying them again changes nothing', async () => {
    await migrateDatabase();
    const db = await getDb();
    const tables = await db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = (tables as unknown as { rows?: { table_name: string }[] }).rows ?? (tables as unknown as { table_name: string }[]);
    expect(names.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['users', 'sessions', 'companies', 'meetings', 'themes', 'registrations', 'followups', 'email_outbox', 'audit_log']),
    );
  });

  it('writes and reads back a row, and refuses a duplicate CVR number', async () => {
    const db = await getDb();
    await db.insert(companies).values({ cvr: '12345674', name: 'Første ApS' });
    const [row] = await db.select().from(companies).where(eq(companies.cvr, '12345674'));
    expect(row.name).toBe('Første ApS');
    expect(await databaseRefusal(db.insert(companies).values({ cvr: '12345674', name: 'Anden ApS' }))).toMatch(
      /duplicate key value violates unique constraint "companies_cvr_unique"/,
    );
  });

  it('loads the demo data once: the action plan, the upcoming meeting and the ten themes', async () => {
    const db = await getDb();
    const now = new Date('2026-11-29T12:00:00Z');
    expect(await seedDemoData(db, now)).toBe(true);
    expect(await seedDemoData(db, now)).toBe(false);
    const all = await db.select({ slug: meetings.slug, startsAt: meetings.startsAt }).from(meetings);
    expect(all.map((m) => m.slug)).toEqual(expect.arrayContaining(['oktober-2014', 'januar-2015', 'september-2015']));
    expect(all.filter((m) => m.startsAt > now)).toHaveLength(1);
    expect(await db.$count(themes)).toBe(10);
    // The demo colleagues have (fictional) names, and the seat counts are the registrations' own.
    const people = await db.select({ name: attendees.name, isRegistrant: attendees.isRegistrant, registrationId: attendees.registrationId }).from(attendees);
    const colleagues = people.filter((p) => !p.isRegistrant);
    expect(colleagues.length).toBeGreaterThan(0);
    expect(colleagues.filter((p) => p.name === '')).toEqual([]);
    const rows = await db.select({ colleagues: registrations.colleagues }).from(registrations);
    expect(rows.reduce((n, r) => n + 1 + r.colleagues, 0)).toBe(people.length);
  });
});
