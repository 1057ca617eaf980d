// Withdrawing an invitation that has not been accepted yet.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invitations } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';

export async function revokeInvitation(db: DbOrTx, actor: AuditActor, input: { email: string }) {
  return db.transaction(async (tx) => {
    const [removed] = await tx
      .delete(invitations)
      .where(and(eq(invitations.email, input.email), isNull(invitations.acceptedAt)))
      .returning();
    if (!removed) notFound();
    await recordAudit(tx, actor, { action: 'user.invite-revoke', entityType: 'invitation', entityId: removed.email, changes: { role: { from: removed.role, to: null } } });
  });
}
