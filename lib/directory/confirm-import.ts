// Step two of a CVR import: the admin who uploaded a batch confirms it once, and it is applied in
// one transaction — new companies inserted, changed directory fields updated (rules.ts decides
// which), in a few statements per thousand lines rather than one per line. The lines are judged
// again against the companies as they are now, so a change made since the preview is not undone
// blindly. One audit entry records the counts.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, companyImportBatches } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { CHUNK, readExistingByCvr } from './preview-import';
import { directoryChanges, directoryFields, type ImportValues } from './rules';

export type ImportOutcome = { created: number; updated: number; unchanged: number; refused: number };

export async function confirmImport(db: DbOrTx, actor: AuditActor, input: { batchId: string }, { now }: { now: Date }): Promise<ImportOutcome> {
  return db.transaction(async (tx) => {
    // Another admin's batch answers exactly like a missing one.
    const [batch] = await tx
      .select()
      .from(companyImportBatches)
      .where(and(eq(companyImportBatches.id, input.batchId), eq(companyImportBatches.createdById, actor.id)))
      .for('update');
    if (!batch) notFound();
    if (batch.confirmedAt) throw new ActionError('alreadyConfirmed');

    const candidates = batch.lines.filter((l) => l.outcome !== 'refuse' && l.values).map((l) => l.values as unknown as ImportValues);
    const existing = await readExistingByCvr(tx, candidates.map((c) => c.cvr));
    const inserts: ImportValues[] = [];
    const updates: { id: string; values: ImportValues }[] = [];
    for (const values of candidates) {
      const found = existing.get(values.cvr);
      if (!found) {
        inserts.push(values);
        continue;
      }
      const changes = directoryChanges(found, values);
      if (Object.keys(changes).length) {
        const merged = { ...values };
        for (const f of directoryFields) merged[f] = f in changes ? (changes[f] ?? null) : found[f];
        updates.push({ id: found.id, values: merged });
      }
    }

    let created = 0;
    for (let i = 0; i < inserts.length; i += CHUNK) {
      const rows = await tx
        .insert(companies)
        .values(inserts.slice(i, i + CHUNK).map((v) => ({ ...v, name: v.name ?? v.cvr, importedAt: now, createdAt: now, updatedAt: now })))
        .onConflictDoNothing({ target: companies.cvr })
        .returning({ id: companies.id });
      created += rows.length;
    }

    let updated = 0;
    for (let i = 0; i < updates.length; i += CHUNK) {
      const chunk = updates.slice(i, i + CHUNK);
      // One UPDATE … FROM (VALUES …) per chunk: every row gets its merged directory fields.
      const valueRows = sql.join(
        chunk.map(({ id, values: v }) =>
          sql`(${id}::uuid, ${v.name}::text, ${v.address}::text, ${v.postalCode}::text, ${v.industryCode}::text, ${v.industry}::text, ${v.employeesBand}::text, ${v.email}::text, ${v.area}::text)`,
        ),
        sql`, `,
      );
      const stamp = now.toISOString();
      const rows = await tx.execute<{ id: string }>(sql`
        update companies as c set
          name = v.name, address = v.address, postal_code = v.postal_code, industry_code = v.industry_code,
          industry = v.industry, employees_band = v.employees_band, email = v.email, area = v.area,
          imported_at = ${stamp}::timestamptz, updated_at = ${stamp}::timestamptz
        from (values ${valueRows}) as v(id, name, address, postal_code, industry_code, industry, employees_band, email, area)
        where c.id = v.id
        returning c.id`);
      updated += rowCount(rows);
    }

    await tx.update(companyImportBatches).set({ confirmedAt: now }).where(eq(companyImportBatches.id, batch.id));
    const outcome: ImportOutcome = {
      created,
      updated,
      unchanged: candidates.length - created - updated,
      refused: batch.lines.length - candidates.length,
    };
    await recordAudit(tx, actor, {
      action: 'company.import',
      entityType: 'company_import_batch',
      entityId: batch.id,
      changes: { fileName: batch.fileName, ...outcome },
    });
    return outcome;
  });
}

/** The rows an execute() returned: postgres.js gives an array, PGlite an object with rows. */
function rowCount(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const rows = (result as { rows?: unknown[] }).rows;
  return rows?.length ?? 0;
}
