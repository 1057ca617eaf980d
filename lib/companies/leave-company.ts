// A member leaves their company. What they did for it (registrations, themes) stays the
// company's; they no longer see or change any of it.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { recordAudit } from '@/lib/audit/record-audit';
import { memberRecipients, queueMembershipEmails } from './membership-emails';
import { lockCompany, lockUser, personLabel, type MembershipActor } from './membership-rows';

// No input: the actor is the whole subject; `_input` keeps the (db, actor, input, { now }) shape.
export async function leaveCompany(db: DbOrTx, actor: MembershipActor, _input: Record<string, never> = {}, { now = new Date() }: { now?: Date } = {}) {
  return db.transaction(async (tx) => {
    const [me] = await tx.select({ companyId: users.companyId }).from(users).where(eq(users.id, actor.id));
    if (!me?.companyId) notFound();
    const company = await lockCompany(tx, me.companyId);
    const person = await lockUser(tx, actor.id);
    if (person.companyId !== company.id) notFound();
    await tx.update(users).set({ companyId: null }).where(eq(users.id, person.id));
    await recordAudit(tx, actor, { action: 'company.member-leave', entityType: 'user', entityId: person.id, changes: { company: { from: company.id, to: null } } });
    const values = { company: company.name, cvr: company.cvr, person: personLabel(person) };
    const key = `${person.id}:${company.id}:${now.getTime()}`;
    await queueMembershipEmails(tx, 'left', [{ email: person.email, userId: person.id, locale: person.locale }], values, { key, now });
    await queueMembershipEmails(tx, 'memberLeft', await memberRecipients(tx, company.id), values, { path: '/portal/company', key, now });
  });
}
