// The CVR import: a file becomes a preview (create / update / unchanged / refused with reasons),
// stored for the admin who uploaded it; one confirm applies it in one transaction. The same file
// again changes nothing, a batch is confirmed once and only by its uploader, and a portal
// company's own name is not overwritten.
import { and, eq, gte, inArray, lt } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { auditLog, companies, companyImportBatches, users } from '@/db/schema';
import { demoDirectory, demoDirectoryCsv, type DemoDirectoryCompany } from '@/db/seed/demo-directory';
import { ActionError } from '@/lib/actions/action-error';
import { isValidCvr } from '@/lib/companies/cvr';
import { confirmImport } from '@/lib/directory/confirm-import';
import { previewImport } from '@/lib/directory/preview-import';
import { MAX_EXTRACT_BYTES } from '@/lib/directory/schema';
import { pruneExpiredData } from '@/lib/retention/prune-expired-data';
import { makeAdmin } from '../../support/fixtures-admin';
import { makeCompany, makeUser, validCvr } from '../../support/fixtures';

const now = new Date('2026-11-30T10:00:00Z');
const header = 'CVR-nummer;Navn;Adresse;Postnr;Branchekode;Branchetekst;Antal ansatte;Email';
const line = (c: Partial<DemoDirectoryCompany>) =>
  [c.cvr, c.name, c.address, c.postalCode, c.industryCode, c.industry, c.employeesBand, c.email].map((v) => v ?? '').join(';');

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ActionError) return { key: error.key, fieldErrors: error.fieldErrors };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe(`the CVR import (${process.env.TEST_DB})`, () => {
  it('previews the sample file as 300 new companies, and the confirm creates them with their areas and one audit entry', async () => {
    const db = await getDb();
    const admin = await makeAdmin();
    const sample = demoDirectory().slice(0, 300);
    const { batchId, summary } = await previewImport(db, admin, { fileName: 'cvr.csv', text: demoDirectoryCsv() }, { now });
    expect(summary).toEqual({ create: 300, update: 0, unchanged: 0, refuse: 0 });
    // Nothing is written before the confirm.
    expect(await db.$count(companies, inArray(companies.cvr, sample.map((c) => c.cvr)))).toBe(0);

    expect(await confirmImport(db, admin, { batchId }, { now })).toEqual({ created: 300, updated: 0, unchanged: 0, refused: 0 });
    const [first] = await db.select().from(companies).where(eq(companies.cvr, sample[0].cvr));
    expect(first).toMatchObject({
      name: sample[0].name,
      address: sample[0].address,
      industryCode: sample[0].industryCode,
      employeesBand: sample[0].employeesBand,
      email: sample[0].email,
      importedAt: now,
      verifiedAt: null,
    });
    expect(first.area).not.toBeNull();
    const entries = await db.select().from(auditLog).where(eq(auditLog.entityId, batchId));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: 'company.import', actorId: admin.id });
    expect(entries[0].changes).toMatchObject({ created: 300, updated: 0, unchanged: 0, refused: 0 });

    // The same file again: every line unchanged, and the confirm changes no row.
    const again = await previewImport(db, admin, { fileName: 'cvr.csv', text: demoDirectoryCsv() }, { now });
    expect(again.summary).toEqual({ create: 0, update: 0, unchanged: 300, refuse: 0 });
    const later = new Date(now.getTime() + 60_000);
    expect(await confirmImport(db, admin, { batchId: again.batchId }, { now: later })).toEqual({ created: 0, updated: 0, unchanged: 300, refused: 0 });
    const [firstAgain] = await db.select().from(companies).where(eq(companies.cvr, sample[0].cvr));
    expect(firstAgain.importedAt).toEqual(now);
    expect(firstAgain.updatedAt).toEqual(first.updatedAt);

    // A batch is confirmed once.
    expect(await refusal(confirmImport(db, admin, { batchId }, { now: later }))).toMatchObject({ key: 'alreadyConfirmed' });
  });

  it('refuses invalid lines with their reasons, reads a comma-separated file with English-cased headers, and counts each outcome', async () => {
    const db = await getDb();
    const admin = await makeAdmin();
    const good = validCvr();
    const other = validCvr();
    const text = [
      ' cvr-NUMMER , navn ,Email,antal ANSATTE',
      `${good},God ApS,kontakt@god.example,10-19`,
      `12345678,Forkert CVR ApS,,`,
      `${good},Dublet ApS,,`,
      `${other},,,`,
      `${validCvr()},Dårlig Mail ApS,ikke-en-mail,`,
      `${validCvr()},Ukendt Størrelse ApS,,mange`,
      '',
    ].join('\n');
    const { batchId, summary } = await previewImport(db, admin, { fileName: 'komma.csv', text }, { now });
    expect(summary).toEqual({ create: 1, update: 0, unchanged: 0, refuse: 5 });
    const [batch] = await db.select().from(companyImportBatches).where(eq(companyImportBatches.id, batchId));
    const reasons = Object.fromEntries(batch.lines.filter((l) => l.outcome === 'refuse').map((l) => [l.line, l.reasons]));
    expect(reasons).toEqual({
      3: ['invalidCvr'],
      4: ['duplicateInFile'],
      5: ['missingName'],
      6: ['badEmail'],
      7: ['unknownEmployeesBand'],
    });
    expect(await confirmImport(db, admin, { batchId }, { now })).toEqual({ created: 1, updated: 0, unchanged: 0, refused: 5 });
    const [created] = await db.select().from(companies).where(eq(companies.cvr, good));
    expect(created).toMatchObject({ name: 'God ApS', email: 'kontakt@god.example', employeesBand: '10-19', address: null, area: null });
  });

  it('refuses an empty file and a file without the CVR columns, with a message for the file field', async () => {
    const db = await getDb();
    const admin = await makeAdmin();
    expect(await refusal(previewImport(db, admin, { fileName: 'tom.csv', text: '\uFEFF' }, { now }))).toMatchObject({ fieldErrors: { file: [{ key: 'emptyFile' }] } });
    expect(await refusal(previewImport(db, admin, { fileName: 'kun-header.csv', text: `${header}\r\n` }, { now }))).toMatchObject({ fieldErrors: { file: [{ key: 'emptyFile' }] } });
    expect(await refusal(previewImport(db, admin, { fileName: 'forkert.csv', text: 'Firma;Telefon\nNoget;12345678\n' }, { now }))).toMatchObject({
      fieldErrors: { file: [{ key: 'wrongColumns', values: { columns: 'CVR-nummer, Navn' } }] },
    });
  });

  it("updates an imported company's changed fields, fills only the empty fields of a portal company, and never touches members or verification", async () => {
    const db = await getDb();
    const admin = await makeAdmin();
    const imported = await makeCompany({ name: 'Gammelt Navn ApS', address: 'Kometvej 1', postalCode: '2620', importedAt: new Date('2026-01-01T00:00:00Z') });
    const portal = await makeCompany({ name: 'Portalens Eget Navn ApS', industry: 'Skrevet af medlemmet', industryCode: null, verifiedAt: now, provenDomain: 'portal.example' });
    const member = await makeUser('company', { companyId: portal.id });
    const text = [
      header,
      line({ cvr: imported.cvr, name: 'Nyt Navn ApS', address: 'Herstedvang 7', postalCode: '2620', industryCode: '620100', industry: 'Computerprogrammering', employeesBand: '5-9', email: 'info@nyt.example' }),
      line({ cvr: portal.cvr, name: 'Registrets Navn A/S', address: 'Bibliotekstorvet 2', postalCode: '2620', industryCode: '464900', industry: 'Engroshandel', employeesBand: '20-49' }),
    ].join('\r\n');
    const { batchId, summary } = await previewImport(db, admin, { fileName: 'opdatering.csv', text }, { now });
    expect(summary).toEqual({ create: 0, update: 2, unchanged: 0, refuse: 0 });
    expect(await confirmImport(db, admin, { batchId }, { now })).toMatchObject({ created: 0, updated: 2 });

    const [a] = await db.select().from(companies).where(eq(companies.id, imported.id));
    expect(a).toMatchObject({ name: 'Nyt Navn ApS', address: 'Herstedvang 7', area: 'vest', industryCode: '620100', employeesBand: '5-9', email: 'info@nyt.example', importedAt: now });
    const [p] = await db.select().from(companies).where(eq(companies.id, portal.id));
    // The portal's name and typed industry stay; the empty fields are filled from the register.
    expect(p).toMatchObject({ name: 'Portalens Eget Navn ApS', industry: 'Skrevet af medlemmet', industryCode: '464900', address: 'Bibliotekstorvet 2', area: 'centrum', employeesBand: '20-49' });
    expect(p.verifiedAt).toEqual(now);
    expect(p.provenDomain).toBe('portal.example');
    const [m] = await db.select().from(users).where(eq(users.id, member.id));
    expect(m.companyId).toBe(portal.id);

    // The portal company has members, so it stays theirs: a second run of the same file finds
    // nothing to change (its name is not "changed back" to the register's).
    const again = await previewImport(db, admin, { fileName: 'opdatering.csv', text }, { now });
    expect(again.summary).toEqual({ create: 0, update: 0, unchanged: 2, refuse: 0 });
  });

  it("refuses another admin's batch as if it did not exist, and shows it to nobody else", async () => {
    const db = await getDb();
    const uploader = await makeAdmin();
    const otherAdmin = await makeAdmin('chair');
    const cvr = validCvr();
    const { batchId } = await previewImport(db, uploader, { fileName: 'x.csv', text: `${header}\n${line({ cvr, name: 'Fremmed Batch ApS' })}\n` }, { now });
    expect(await refusal(confirmImport(db, otherAdmin, { batchId }, { now }))).toMatchObject({ key: 'notFound' });
    expect(await db.$count(companies, eq(companies.cvr, cvr))).toBe(0);
    const { readImportBatch } = await import('@/lib/directory/queries');
    expect(await readImportBatch(db, otherAdmin.id, batchId)).toBeNull();
    expect(await readImportBatch(db, uploader.id, batchId)).not.toBeNull();
    // The uploader still can.
    expect(await confirmImport(db, uploader, { batchId }, { now })).toMatchObject({ created: 1 });
  });

  it('imports 5,000 lines in a few statements, and updates them all again (times reported, not asserted)', async () => {
    const db = await getDb();
    const admin = await makeAdmin();
    const rows: string[] = [];
    // A range of its own (the demo's start at 41000000). Other test files draw CVR numbers at
    // random into the same database, now and then inside this range: those are skipped.
    const taken = new Set(
      (await db.select({ cvr: companies.cvr }).from(companies).where(and(gte(companies.cvr, '60000000'), lt(companies.cvr, '60200000')))).map((c) => c.cvr),
    );
    for (let n = 60_000_000; rows.length < 5000; n++) {
      const cvr = String(n);
      if (!isValidCvr(cvr) || taken.has(cvr)) continue;
      const i = rows.length;
      rows.push(line({ cvr, name: `Stor Import ${i} ApS`, address: `Kometvej ${1 + (i % 200)}`, postalCode: '2620', industryCode: '620100', industry: 'Computerprogrammering', employeesBand: '2-4', email: `info${i}@stor.example` }));
    }
    const text = `\uFEFF${header}\r\n${rows.join('\r\n')}\r\n`;
    // 5,000 lines fit in one upload.
    expect(Buffer.byteLength(text)).toBeLessThan(MAX_EXTRACT_BYTES);
    let started = performance.now();
    const { batchId, summary } = await previewImport(db, admin, { fileName: 'stor.csv', text }, { now });
    const previewMs = performance.now() - started;
    expect(summary).toEqual({ create: 5000, update: 0, unchanged: 0, refuse: 0 });
    started = performance.now();
    expect(await confirmImport(db, admin, { batchId }, { now })).toMatchObject({ created: 5000 });
    const confirmMs = performance.now() - started;
    started = performance.now();
    const again = await previewImport(db, admin, { fileName: 'stor.csv', text: text.replace(/Kometvej/g, 'Herstedvang') }, { now });
    expect(again.summary).toEqual({ create: 0, update: 5000, unchanged: 0, refuse: 0 });
    expect(await confirmImport(db, admin, { batchId: again.batchId }, { now })).toMatchObject({ updated: 5000 });
    const updateMs = performance.now() - started;
    console.log(`5,000 lines on ${process.env.TEST_DB}: preview ${Math.round(previewMs)} ms, confirm (insert) ${Math.round(confirmMs)} ms, preview+confirm (update) ${Math.round(updateMs)} ms`);
    expect(await db.$count(companies, eq(companies.area, 'vest'))).toBeGreaterThanOrEqual(5000);
  });

  it('the retention job deletes unconfirmed previews older than a day and keeps confirmed ones', async () => {
    const db = await getDb();
    const admin = await makeAdmin();
    const text = `${header}\n${line({ cvr: validCvr(), name: 'Gammel Preview ApS' })}\n`;
    const old = new Date(now.getTime() - 25 * 3600_000);
    const stale = await previewImport(db, admin, { fileName: 'gammel.csv', text }, { now: old });
    const kept = await previewImport(db, admin, { fileName: 'bekraeftet.csv', text }, { now: old });
    await confirmImport(db, admin, { batchId: kept.batchId }, { now: old });
    const fresh = await previewImport(db, admin, { fileName: 'ny.csv', text }, { now });
    const summary = await pruneExpiredData(db, { now });
    expect(summary.importBatchesDeleted).toBeGreaterThanOrEqual(1);
    const left = (await db.select({ id: companyImportBatches.id }).from(companyImportBatches)).map((b) => b.id);
    expect(left).not.toContain(stale.batchId);
    expect(left).toEqual(expect.arrayContaining([kept.batchId, fresh.batchId]));
  });
});
