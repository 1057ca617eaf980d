// Users and roles: invitations (the role applies on first sign-in), role changes, deactivation
// that ends sessions at once, and the guard that keeps at least one admin.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { invitations, sessions, users } from '@/db/schema';
import { applyRoleOnSignIn } from '@/lib/auth/roles-on-sign-in';
import { readPendingInvitations } from '@/lib/users/queries';
import { changeUserRole } from '@/lib/users/change-user-role';
import { deactivateUser } from '@/lib/users/deactivate-user';
import { inviteUser } from '@/lib/users/invite-user';
import { reactivateUser } from '@/lib/users/reactivate-user';
import { revokeInvitation } from '@/lib/users/revoke-invitation';
import { makeForumSettings, makeUser } from '../../support/fixtures';
import { auditEntriesFor, emailsTo, makeAdmin, makeSession } from '../../support/fixtures-admin';

async function reload(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row;
}

describe('users and roles', () => {
  let admin: Awaited<ReturnType<typeof makeAdmin>>;
  beforeAll(async () => {
    await makeForumSettings();
    admin = await makeAdmin();
  });

  it('invites a council member by email; the role applies on their first sign-in', async () => {
    const db = await getDb();
    const email = `Byraad.${Date.now()}@Albertslund.test`;
    await inviteUser(db, admin, { email, role: 'council', locale: 'da' });
    const address = email.toLowerCase();
    const [invitation] = await db.select().from(invitations).where(eq(invitations.email, address));
    expect(invitation).toMatchObject({ role: 'council', invitedById: admin.id, acceptedAt: null });
    const [mail] = await emailsTo(address);
    expect(mail).toMatchObject({ kind: 'invitation', subject: 'Du er inviteret til Strategisk Erhvervsforum' });
    expect(mail.text).toContain('medlem af kommunalbestyrelsen');
    expect(mail.text).toMatch(/http:\/\/localhost:3000\/signin/);
    expect((await readPendingInvitations(db)).map((i) => i.email)).toContain(address);

    // What Auth.js does on the first sign-in: the adapter creates the user, then the event applies the role.
    const [created] = await db.insert(users).values({ email: address }).returning();
    expect(created.role).toBe('company');
    await applyRoleOnSignIn(db, address);
    expect((await reload(created.id)).role).toBe('council');
    expect((await readPendingInvitations(db)).map((i) => i.email)).not.toContain(address);
    const [entry] = await auditEntriesFor(address);
    expect(entry).toMatchObject({ action: 'user.invite', entityType: 'invitation', changes: { role: { from: null, to: 'council' } } });
  });

  it('sends the invitation in English when asked, and a new invitation replaces the old role', async () => {
    const db = await getDb();
    const email = `staff.${Date.now()}@albertslund.test`;
    await inviteUser(db, admin, { email, role: 'council', locale: 'en' });
    await inviteUser(db, admin, { email, role: 'secretariat', locale: 'en' });
    const [invitation] = await db.select().from(invitations).where(eq(invitations.email, email));
    expect(invitation.role).toBe('secretariat');
    const mails = await emailsTo(email);
    expect(mails).toHaveLength(2);
    expect(mails[1].subject).toBe('You are invited to the Strategic Business Forum');
    expect(mails[1].text).toContain('a member of the secretariat');
  });

  it('refuses to invite an address that already has an account', async () => {
    const existing = await makeUser('company');
    await expect(inviteUser(await getDb(), admin, { email: existing.email, role: 'council', locale: 'da' })).rejects.toMatchObject({
      fieldErrors: { email: [{ key: 'admin.alreadyUser' }] },
    });
  });

  it('revokes an invitation that was not used', async () => {
    const db = await getDb();
    const email = `revoke.${Date.now()}@albertslund.test`;
    await inviteUser(db, await makeAdmin('chair'), { email, role: 'chair', locale: 'da' });
    await revokeInvitation(db, admin, { email });
    expect(await db.select().from(invitations).where(eq(invitations.email, email))).toHaveLength(0);
  });

  it('lets only the chair make or unmake a chair (the chair alone approves briefings)', async () => {
    const db = await getDb();
    const chair = await makeAdmin('chair');
    const person = await makeUser('council');
    // The secretariat can neither make itself or anyone chair, nor demote the chair, nor invite one.
    await expect(changeUserRole(db, admin, { userId: admin.id, role: 'chair' })).rejects.toMatchObject({ key: 'chairRoleByChair' });
    await expect(changeUserRole(db, admin, { userId: person.id, role: 'chair' })).rejects.toMatchObject({ key: 'chairRoleByChair' });
    await expect(changeUserRole(db, admin, { userId: chair.id, role: 'secretariat' })).rejects.toMatchObject({ key: 'chairRoleByChair' });
    await expect(inviteUser(db, admin, { email: `formand.${Date.now()}@albertslund.test`, role: 'chair', locale: 'da' })).rejects.toMatchObject({
      fieldErrors: { role: [{ key: 'admin.chairRoleByChair' }] },
    });
    expect((await reload(admin.id)).role).toBe('secretariat');
    expect((await reload(person.id)).role).toBe('council');
    expect((await reload(chair.id)).role).toBe('chair');
    // The chair can.
    await changeUserRole(db, chair, { userId: person.id, role: 'chair' });
    expect((await reload(person.id)).role).toBe('chair');
    await changeUserRole(db, chair, { userId: person.id, role: 'council' });
    expect((await reload(person.id)).role).toBe('council');
  });

  it('changes a role and records from what to what', async () => {
    const db = await getDb();
    const person = await makeUser('council');
    await changeUserRole(db, admin, { userId: person.id, role: 'secretariat' });
    expect((await reload(person.id)).role).toBe('secretariat');
    const [entry] = await auditEntriesFor(person.id);
    expect(entry).toMatchObject({ action: 'user.role-change', actorId: admin.id, changes: { role: { from: 'council', to: 'secretariat' } } });
  });

  it('deactivates a user: they are signed out at once and their record stays', async () => {
    const db = await getDb();
    const person = await makeUser('company');
    await makeSession(person.id);
    await makeSession(person.id);
    await deactivateUser(db, admin, { userId: person.id });
    expect((await reload(person.id)).deactivatedAt).toBeInstanceOf(Date);
    expect(await db.select().from(sessions).where(eq(sessions.userId, person.id))).toHaveLength(0);
    const [entry] = await auditEntriesFor(person.id);
    expect(entry).toMatchObject({ action: 'user.deactivate', changes: { sessionsEnded: 2 } });
    await reactivateUser(db, admin, { userId: person.id });
    expect((await reload(person.id)).deactivatedAt).toBeNull();
  });

  it('refuses to deactivate oneself', async () => {
    await expect(deactivateUser(await getDb(), admin, { userId: admin.id })).rejects.toMatchObject({ key: 'deactivateSelf' });
  });
});

describe('the last admin', () => {
  beforeEach(async () => {
    // Only the admins made in each test are active.
    const db = await getDb();
    await db.update(users).set({ deactivatedAt: new Date() }).where(and(isNull(users.deactivatedAt), inArray(users.role, ['secretariat', 'chair'])));
  });

  it('cannot remove their own admin role, but can once a second admin exists', async () => {
    const db = await getDb();
    const only = await makeAdmin('chair');
    await expect(changeUserRole(db, only, { userId: only.id, role: 'council' })).rejects.toMatchObject({ key: 'lastAdmin' });
    expect((await reload(only.id)).role).toBe('chair');
    // Changing between admin roles is fine.
    await changeUserRole(db, only, { userId: only.id, role: 'secretariat' });
    const second = await makeAdmin('secretariat');
    await changeUserRole(db, only, { userId: only.id, role: 'council' });
    expect((await reload(only.id)).role).toBe('council');
    await expect(changeUserRole(db, second, { userId: second.id, role: 'company' })).rejects.toMatchObject({ key: 'lastAdmin' });
  });

  it('does not count deactivated admins', async () => {
    const db = await getDb();
    const a = await makeAdmin('secretariat');
    const b = await makeAdmin('chair');
    await deactivateUser(db, a, { userId: b.id });
    expect((await reload(b.id)).deactivatedAt).toBeInstanceOf(Date);
    // a is now the only active admin; a deactivated admin does not count.
    await expect(changeUserRole(db, a, { userId: a.id, role: 'council' })).rejects.toMatchObject({ key: 'lastAdmin' });
  });
});
