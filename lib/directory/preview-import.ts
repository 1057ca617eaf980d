// Step one of a CVR import: the file is read and each line judged — create, update, unchanged
// or refused with its reasons — against the companies as they are now. Nothing in the directory
// changes: the preview is stored as a batch tied to the admin who uploaded it, who alone can
// confirm it (confirm-import.ts).
import 'server-only';
import { and, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, companyImportBatches, users } from '@/db/schema';
import type { ImportLineOutcome, ImportPreviewLine } from '@/db/schema/directory';
import { fieldRefusal } from '@/lib/admin/refusals';
import type { AuditActor } from '@/lib/audit/record-audit';
import { businessAreaFor } from './business-areas';
import { extractColumnLabels, parseCvrExtract } from './parse-cvr-extract';
import { directoryChanges, directoryFields, toImportValues, type ExistingCompany, type ImportValues } from './rules';
import { extractLineSchema } from './schema';

/** Rows per query when reading or writing many companies. */
export const CHUNK = 1000;

export type PreviewInput = { fileName: string; text: string };

export async function readExistingByCvr(db: DbOrTx, cvrs: string[]) {
  const existing = new Map<string, ExistingCompany & { id: string }>();
  const members = db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.companyId, companies.id), isNull(users.deactivatedAt)));
  for (let i = 0; i < cvrs.length; i += CHUNK) {
    const rows = await db
      .select({
        id: companies.id,
        cvr: companies.cvr,
        importedAt: companies.importedAt,
        members: sql<number>`(${members})`.mapWith(Number),
        ...Object.fromEntries(directoryFields.map((f) => [f, companies[f]])),
      })
      .from(companies)
      .where(inArray(companies.cvr, cvrs.slice(i, i + CHUNK)));
    for (const row of rows) existing.set(row.cvr as string, row as unknown as ExistingCompany & { id: string });
  }
  return existing;
}

/** Judges every line; pure apart from reading the existing companies. */
export async function judgeLines(db: DbOrTx, text: string) {
  const parsed = parseCvrExtract(text);
  if (!parsed.ok) return parsed;
  const lines: ImportPreviewLine[] = [];
  const seen = new Set<string>();
  const valid: { line: ImportPreviewLine; values: ImportValues }[] = [];
  for (const row of parsed.rows) {
    const result = extractLineSchema.safeParse(row.values);
    const cvr = result.success ? result.data.cvr : (row.values.cvr ?? '').slice(0, 20);
    const name = (row.values.name ?? '').slice(0, 200);
    if (!result.success) {
      const reasons = [...new Set(result.error.issues.map((issue) => issue.message))];
      lines.push({ line: row.line, outcome: 'refuse', cvr, name, reasons });
      continue;
    }
    if (seen.has(cvr)) {
      lines.push({ line: row.line, outcome: 'refuse', cvr, name, reasons: ['duplicateInFile'] });
      continue;
    }
    seen.add(cvr);
    const area = result.data.address ? businessAreaFor(result.data.address, result.data.postalCode) : null;
    const line: ImportPreviewLine = { line: row.line, outcome: 'create', cvr, name };
    lines.push(line);
    valid.push({ line, values: toImportValues(result.data, area) });
  }
  const existing = await readExistingByCvr(db, valid.map((v) => v.values.cvr));
  for (const { line, values } of valid) {
    const found = existing.get(values.cvr);
    line.values = values;
    if (found) line.outcome = Object.keys(directoryChanges(found, values)).length ? 'update' : 'unchanged';
  }
  return { ok: true as const, lines };
}

export function summarise(lines: ImportPreviewLine[]): Record<ImportLineOutcome, number> {
  const summary: Record<ImportLineOutcome, number> = { create: 0, update: 0, unchanged: 0, refuse: 0 };
  for (const line of lines) summary[line.outcome] += 1;
  return summary;
}

export async function previewImport(db: DbOrTx, actor: AuditActor, input: PreviewInput, { now }: { now: Date }) {
  const judged = await judgeLines(db, input.text);
  if (!judged.ok) {
    fieldRefusal({ file: judged.missing ? { key: judged.error, values: { columns: judged.missing.map((c) => extractColumnLabels[c]).join(', ') } } : judged.error });
  }
  const summary = summarise(judged.lines);
  const [batch] = await db
    .insert(companyImportBatches)
    .values({ createdById: actor.id, fileName: input.fileName.slice(0, 200) || 'cvr.csv', lines: judged.lines, summary, createdAt: now })
    .returning({ id: companyImportBatches.id });
  return { batchId: batch.id, summary };
}
