// The secretariat marks imported company addresses as contacts of the business service: active
// at once under the 'business-service' basis with the legal note it relies on. An address already
// on the list (subscribed, pending or unsubscribed) or suppressed is left alone: someone who said
// no is never added back this way.
import 'server-only';
import { and, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { companies, subscriptions } from '@/db/schema';
import { ActionError } from '@/lib/actions/action-error';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { notSuppressed } from './queries';

export async function markCompanyContacts(
  db: Db,
  actor: AuditActor,
  input: { companyIds: string[]; legalNote: string },
  { now = new Date() } = {},
): Promise<{ marked: number; skipped: number }> {
  const ids = [...new Set(input.companyIds)];
  if (ids.length === 0) throw new ActionError('noneSelected');
  const legalNote = input.legalNote.trim();
  if (!legalNote) throw new ActionError('invalid', { legalNote: [{ key: 'required' }] });
  return db.transaction(async (tx) => {
    const candidates = await tx
      .select({ id: companies.id, email: companies.email })
      .from(companies)
      .where(and(inArray(companies.id, ids), isNotNull(companies.email), sql`${companies.email} <> ''`, notSuppressed(tx, sql`lower(${companies.email})`)));
    const byEmail = new Map<string, string>();
    for (const c of candidates) byEmail.set(c.email!.trim().toLowerCase(), c.id);
    const inserted = byEmail.size
      ? await tx
          .insert(subscriptions)
          .values(
            [...byEmail].map(([email, companyId]) => ({
              email,
              companyId,
              status: 'active' as const,
              legalBasis: 'business-service' as const,
              legalNote,
              source: 'company-contact' as const,
              confirmedAt: now,
              createdAt: now,
              updatedAt: now,
            })),
          )
          .onConflictDoNothing()
          .returning({ id: subscriptions.id, email: subscriptions.email, companyId: subscriptions.companyId })
      : [];
    for (const row of inserted) {
      await recordAudit(tx, actor, {
        action: 'subscription.mark-contact',
        entityType: 'subscription',
        entityId: row.id,
        changes: { email: row.email, companyId: row.companyId, legalBasis: 'business-service', legalNote },
      });
    }
    return { marked: inserted.length, skipped: ids.length - inserted.length };
  });
}
