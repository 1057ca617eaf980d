// Inviting a council member or a member of staff: the invitation (renewed if one exists) and its
// email, queued in the same transaction; the outbox worker is woken after the commit.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { fieldRefusal } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { Locale } from '@/lib/i18n/routing';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { emailInvitation } from './invitation-emails';
import type { InvitableRole } from './schema';
import { guardRoleAssignment } from './user-change-steps';

export async function inviteUser(db: DbOrTx, actor: AuditActor, input: { email: string; role: InvitableRole; locale: Locale }) {
  const email = input.email.trim().toLowerCase();
  const invitation = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) fieldRefusal({ email: 'admin.alreadyUser' });
    await guardRoleAssignment(tx, actor.id, null, input.role, { field: 'role' });
    const [before] = await tx.select().from(invitations).where(eq(invitations.email, email));
    const values = { email, role: input.role, invitedById: actor.id, createdAt: new Date(), acceptedAt: null };
    const [invitation] = await tx
      .insert(invitations)
      .values(values)
      .onConflictDoUpdate({ target: invitations.email, set: { role: values.role, invitedById: values.invitedById, createdAt: values.createdAt, acceptedAt: null } })
      .returning();
    await recordAudit(tx, actor, {
      action: 'user.invite',
      entityType: 'invitation',
      entityId: email,
      changes: { role: { from: before?.role ?? null, to: input.role } },
    });
    await emailInvitation(tx, { email, role: input.role, locale: input.locale, invitedBy: actor, createdAt: invitation.createdAt });
    return invitation;
  });
  wakeOutboxWorker();
  return invitation;
}
