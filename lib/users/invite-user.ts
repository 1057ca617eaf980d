// Users and roles: invite council members and staff, change a role, deactivate or reactivate
// an account. The forum always keeps at least one active admin (chair or secretariat): a change
// that would leave none is refused, so the last admin cannot lock everyone out.
import 'server-only';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { invitations, sessions, users } from '@/db/schema';
import { fieldRefusal, notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { adminRoles, roleHas, type Role } from '@/lib/auth/permissions';
import type { Locale } from '@/lib/i18n/routing';
import { wakeOutboxWorker } from '@/lib/mail/outbox-wake';
import { emailInvitation } from './invitation-emails';

import type { InvitableRole } from './schema';

const isAdminRole = (role: Role) => roleHas(role, 'admin.access');

/** Refuses when the user is an active admin and nobody else is. Locks the admins meanwhile. */
async function guardLastAdmin(tx: Tx, user: typeof users.$inferSelect) {
  if (!isAdminRole(user.role) || user.deactivatedAt) return;
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, [...adminRoles]), isNull(users.deactivatedAt)))
    .for('update');
  if (!admins.some((a) => a.id !== user.id)) throw new ActionError('lastAdmin');
}

async function lockedUser(tx: Tx, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user) notFound();
  return user;
}

export async function inviteUser(db: DbOrTx, actor: AuditActor, input: { email: string; role: InvitableRole; locale: Locale }) {
  const email = input.email.trim().toLowerCase();
  const invitation = await db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) fieldRefusal({ email: 'admin.alreadyUser' });
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

export async function changeUserRole(db: DbOrTx, actor: AuditActor, input: { userId: string; role: Role }) {
  return db.transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (user.role === input.role) return user;
    if (!isAdminRole(input.role)) await guardLastAdmin(tx, user);
    const [updated] = await tx.update(users).set({ role: input.role }).where(eq(users.id, user.id)).returning();
    await recordAudit(tx, actor, { action: 'user.role-change', entityType: 'user', entityId: user.id, changes: { role: { from: user.role, to: input.role } } });
    return updated;
  });
}

/** The person can no longer sign in and is signed out at once; their history stays. */
export async function deactivateUser(db: DbOrTx, actor: AuditActor, input: { userId: string }) {
  return db.transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (user.id === actor.id) throw new ActionError('deactivateSelf');
    if (user.deactivatedAt) return user;
    await guardLastAdmin(tx, user);
    const [updated] = await tx.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, user.id)).returning();
    const ended = await tx.delete(sessions).where(eq(sessions.userId, user.id)).returning({ token: sessions.sessionToken });
    await recordAudit(tx, actor, {
      action: 'user.deactivate',
      entityType: 'user',
      entityId: user.id,
      changes: { deactivatedAt: { from: null, to: updated.deactivatedAt }, sessionsEnded: ended.length },
    });
    return updated;
  });
}

export async function reactivateUser(db: DbOrTx, actor: AuditActor, input: { userId: string }) {
  return db.transaction(async (tx) => {
    const user = await lockedUser(tx, input.userId);
    if (!user.deactivatedAt) return user;
    const [updated] = await tx.update(users).set({ deactivatedAt: null }).where(eq(users.id, user.id)).returning();
    await recordAudit(tx, actor, { action: 'user.reactivate', entityType: 'user', entityId: user.id, changes: { deactivatedAt: { from: user.deactivatedAt, to: null } } });
    return updated;
  });
}
