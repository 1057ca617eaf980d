// The directory on /admin/companies: each filter's count is the number of rows it lists (across
// pages), and the edit of a company's entry is validated and audit-logged.
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, companies, subscriptions } from '@/db/schema';
import { seedDemoData } from '@/db/seed/seed-demo-data';
import { demoDirectory } from '@/db/seed/demo-directory';
import { directoryEntrySchema, directoryFilterSchema, type DirectoryFilter } from '@/lib/directory/schema';
import { DIRECTORY_PAGE_SIZE, readDirectory } from '@/lib/directory/queries';
import { updateDirectoryEntry } from '@/lib/directory/update-directory-entry';
import { makeAdmin } from '../../support/fixtures-admin';
import { makeUser } from '../../support/fixtures';

const filter = (f: Partial<DirectoryFilter>) => directoryFilterSchema.parse({ ...f, page: f.page ?? 1 });

/** Every row the filter lists, page by page, and the count it shows. */
async function allRows(f: Partial<DirectoryFilter>) {
  const db = await getDb();
  const first = await readDirectory(db, filter(f));
  const rows = [...first.rows];
  for (let page = 2; page <= first.pages; page++) rows.push(...(await readDirectory(db, filter({ ...f, page }))).rows);
  return { total: first.total, pages: first.pages, rows };
}

describe(`the company directory (${process.env.TEST_DB})`, () => {
  it('lists the seeded directory 50 a page, and each filter counts exactly the rows it lists', async () => {
    const db = await getDb();
    await seedDemoData(db, new Date('2026-11-29T12:00:00Z'));
    const sample = demoDirectory();
    // A member for one directory company, and subscriptions: one by company id, one by its email.
    const [withMember, byId, byEmail, unsubscribed] = await Promise.all(
      [sample[10], sample[20], sample[30], sample[40]].map(async (c) => (await db.select().from(companies).where(eq(companies.cvr, c.cvr)))[0]),
    );
    await makeUser('company', { companyId: withMember.id });
    await db.insert(subscriptions).values([
      { email: 'someone@elsewhere.example', companyId: byId.id, status: 'active', legalBasis: 'business-service', source: 'company-contact' },
      { email: byEmail.email!.toUpperCase().toLowerCase(), status: 'active', legalBasis: 'consent', source: 'public-form' },
      { email: unsubscribed.email!, status: 'unsubscribed', legalBasis: 'consent', source: 'public-form' },
    ]);

    const everything = await allRows({});
    const total = await db.$count(companies);
    expect(everything.total).toBe(total);
    expect(everything.rows).toHaveLength(total);
    expect(everything.pages).toBe(Math.ceil(total / DIRECTORY_PAGE_SIZE));
    expect((await readDirectory(db, filter({}))).rows).toHaveLength(DIRECTORY_PAGE_SIZE);

    const cases: Partial<DirectoryFilter>[] = [
      { area: 'vest' },
      { area: 'andet' },
      { industry: '620100' },
      { band: '5-9' },
      { members: 'yes' },
      { members: 'no' },
      { subscribed: 'yes' },
      { subscribed: 'no' },
      { q: 'metal' },
      { q: sample[0].cvr.slice(0, 5) },
      { area: 'vest', band: '2-4', members: 'no' },
    ];
    for (const f of cases) {
      const { total: count, rows } = await allRows(f);
      expect(rows.length, JSON.stringify(f)).toBe(count);
      // The rows are the ones the filter asks for.
      if (f.area) expect(rows.every((r) => r.area === f.area)).toBe(true);
      if (f.band) expect(rows.every((r) => r.employeesBand === f.band)).toBe(true);
      if (f.industry) expect(rows.every((r) => r.industryCode === f.industry)).toBe(true);
      if (f.members) expect(rows.every((r) => (r.members > 0) === (f.members === 'yes'))).toBe(true);
      if (f.subscribed) expect(rows.every((r) => r.subscribed === (f.subscribed === 'yes'))).toBe(true);
    }
    // The demo data's own numbers, counted from the sample extract.
    expect((await allRows({ industry: '620100' })).total).toBe(sample.filter((c) => c.industryCode === '620100').length);
    expect((await allRows({ band: '5-9' })).total).toBe(sample.filter((c) => c.employeesBand === '5-9').length);
    const subscribed = (await allRows({ subscribed: 'yes' })).rows.map((r) => r.cvr).sort();
    expect(subscribed).toEqual([byId.cvr, byEmail.cvr].sort());
    expect((await allRows({ members: 'yes' })).rows.map((r) => r.cvr)).toContain(withMember.cvr);
    expect((await allRows({ q: sample[0].cvr })).rows.map((r) => r.cvr)).toEqual([sample[0].cvr]);
    // Odd values in the address are no filter at all.
    expect(directoryFilterSchema.parse({ area: 'månen', band: 'x', members: 'kanske', page: '-3' })).toMatchObject({ area: undefined, band: undefined, members: undefined, page: 1 });
  });

  it('validates the edit of an entry, saves it, and audit-logs what changed', async () => {
    const db = await getDb();
    const admin = await makeAdmin();
    const [company] = await db.select().from(companies).where(eq(companies.cvr, demoDirectory()[5].cvr));

    const refused = directoryEntrySchema.safeParse({ companyId: company.id, name: 'X', postalCode: '26200', industryCode: 'abc', employeesBand: '3-7', email: 'ikke-en-mail', area: 'månen' });
    expect(refused.success).toBe(false);
    const fields = new Set(refused.error!.issues.map((i) => i.path.join('.')));
    expect(fields).toEqual(new Set(['name', 'postalCode', 'industryCode', 'employeesBand', 'email', 'area']));

    const input = directoryEntrySchema.parse({
      companyId: company.id,
      name: '  Rettet Navn ApS (demo) ',
      address: 'Bibliotekstorvet 3',
      postalCode: '2620',
      industryCode: '702200',
      industry: 'Virksomhedsrådgivning',
      employeesBand: '10-19',
      email: 'Ny@Rettet.Example',
      area: 'centrum',
    });
    const now = new Date('2026-11-30T12:00:00Z');
    expect(await updateDirectoryEntry(db, admin, input, { now })).toEqual({ cvr: company.cvr, changed: true });
    const [after] = await db.select().from(companies).where(eq(companies.id, company.id));
    expect(after).toMatchObject({ name: 'Rettet Navn ApS (demo)', email: 'ny@rettet.example', area: 'centrum', employeesBand: '10-19', industryCode: '702200' });
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, company.id));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'company.directory-update', actorId: admin.id });
    expect(entries[0].changes).toMatchObject({ name: { from: company.name, to: 'Rettet Navn ApS (demo)' }, email: { from: company.email, to: 'ny@rettet.example' } });

    // Saving the same again changes nothing and logs nothing.
    expect(await updateDirectoryEntry(db, admin, input, { now })).toEqual({ cvr: company.cvr, changed: false });
    expect(await db.$count(auditLog, eq(auditLog.entityId, company.id))).toBe(1);
  });
});
