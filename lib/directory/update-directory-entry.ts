// The secretariat's edit of a company's directory entry (name, address, industry, size, email,
// area). Members, verification and the proven domain have their own commands in lib/companies.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { DirectoryEntryInput } from './schema';

export async function updateDirectoryEntry(db: DbOrTx, actor: AuditActor, input: DirectoryEntryInput, { now }: { now: Date }) {
  const { companyId, ...data } = input;
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(companies).where(eq(companies.id, companyId)).for('update');
    if (!before) notFound();
    const changes = diffFields(before as unknown as Record<string, unknown>, data);
    if (Object.keys(changes).length === 0) return { cvr: before.cvr, changed: false };
    await tx.update(companies).set({ ...data, updatedAt: now }).where(eq(companies.id, before.id));
    await recordAudit(tx, actor, { action: 'company.directory-update', entityType: 'company', entityId: before.id, changes });
    return { cvr: before.cvr, changed: true };
  });
}
