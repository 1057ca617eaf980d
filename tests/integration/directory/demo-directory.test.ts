// The demo directory: a new machine's seed loads the ~300 fictional companies of the sample CVR
// extract, and some of them attended the held demo meetings, so the council's statistics show a
// real forum. The sample extract itself imports as "all unchanged" on the seeded database.
import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { companies, meetings, registrations } from '@/db/schema';
import { DEMO_DIRECTORY_SIZE, demoDirectory, demoDirectoryAttendees } from '@/db/seed/demo-directory';
import { seedDemoData } from '@/db/seed/seed-demo-data';
import { isValidCvr } from '@/lib/companies/cvr';

describe(`the demo directory (${process.env.TEST_DB})`, () => {
  it('seeds the sample companies, with valid CVR numbers and their directory fields', async () => {
    const db = await getDb();
    const started = performance.now();
    expect(await seedDemoData(db, new Date('2026-11-29T12:00:00Z'))).toBe(true);
    console.log(`seedDemoData took ${Math.round(performance.now() - started)} ms on ${process.env.TEST_DB}`);
    const imported = await db.select().from(companies).where(isNotNull(companies.importedAt));
    expect(imported.length).toBe(DEMO_DIRECTORY_SIZE);
    expect(imported.every((c) => isValidCvr(c.cvr) && c.area && c.industryCode && c.employeesBand && c.email)).toBe(true);
    expect(new Set(imported.map((c) => c.area))).toEqual(new Set(['nord', 'vest', 'herstedvester', 'syd', 'centrum', 'andet']));
    expect(demoDirectory().every((c) => c.name.endsWith('(demo)'))).toBe(true);
  });

  it('has directory companies attending the held meetings, but not september-2015', async () => {
    const db = await getDb();
    const attendeesOf = async (slug: string) =>
      db
        .select({ cvr: companies.cvr })
        .from(registrations)
        .innerJoin(meetings, eq(meetings.id, registrations.meetingId))
        .innerJoin(companies, eq(companies.id, registrations.companyId))
        .where(and(eq(meetings.slug, slug), eq(registrations.status, 'attended'), isNotNull(companies.importedAt), isNull(registrations.userId)));
    const expected = demoDirectoryAttendees();
    expect((await attendeesOf('oktober-2014')).map((r) => r.cvr).sort()).toEqual([...expected.oct2014].sort());
    expect((await attendeesOf('januar-2015')).map((r) => r.cvr).sort()).toEqual([...expected.jan2015].sort());
    expect(await attendeesOf('september-2015')).toEqual([]);
    expect(new Set([...expected.oct2014, ...expected.jan2015]).size).toBe(24);
  });
});
