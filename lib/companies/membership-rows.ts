// Row reads and locks shared by the membership commands. Each command locks the company first,
// so two decisions about the same company never interleave.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { companies, companyJoinRequests, users } from '@/db/schema';
import { notFound } from '@/lib/admin/refusals';
import { recordAudit } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { membersMayDecide } from './rules';

/** Who decides: a member of the company in the portal, or the secretariat in admin. */
export type DeciderRole = 'member' | 'secretariat';
export type MembershipActor = { id: string; email: string };

export async function lockCompany(tx: DbOrTx, companyId: string) {
  const [company] = await tx.select().from(companies).where(eq(companies.id, companyId)).for('update');
  if (!company) notFound();
  return company;
}

export async function lockUser(tx: DbOrTx, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
  if (!user) notFound();
  return user;
}

export async function activeMemberEmails(tx: DbOrTx, companyId: string) {
  const rows = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.companyId, companyId), isNull(users.deactivatedAt)));
  return rows.map((r) => r.email);
}

/**
 * A pending request the actor may decide, locked with its company. Anything else — another
 * company's request, one already decided, a company whose members may not decide — answers
 * exactly like a request that does not exist.
 */
async function lockDecidableRequest(tx: DbOrTx, actor: MembershipActor, requestId: string, as: DeciderRole) {
  const [found] = await tx.select({ companyId: companyJoinRequests.companyId }).from(companyJoinRequests).where(eq(companyJoinRequests.id, requestId));
  if (!found) notFound();
  const company = await lockCompany(tx, found.companyId);
  const [request] = await tx.select().from(companyJoinRequests).where(eq(companyJoinRequests.id, requestId)).for('update');
  if (!request || request.status !== 'pending') throw new ActionError('requestDecided');
  if (as === 'member') {
    const [me] = await tx.select({ companyId: users.companyId, deactivatedAt: users.deactivatedAt }).from(users).where(eq(users.id, actor.id));
    if (!me || me.deactivatedAt || me.companyId !== company.id) notFound();
    const members = await activeMemberEmails(tx, company.id);
    if (!membersMayDecide(company, members.length)) notFound();
  }
  const requester = await lockUser(tx, request.userId);
  return { company, request, requester };
}

export const personLabel = (person: { name: string | null; email: string }) => (person.name ? `${person.name} (${person.email})` : person.email);

/** Close a pending request as approved or declined, and record who decided it and how. */
async function settleJoinRequest(
  tx: DbOrTx,
  actor: MembershipActor,
  decision: { requestId: string; requesterId: string; as: DeciderRole; to: 'approved' | 'declined'; now: Date },
) {
  await tx
    .update(companyJoinRequests)
    .set({ status: decision.to, decidedVia: decision.as, decidedById: actor.id, decidedAt: decision.now })
    .where(eq(companyJoinRequests.id, decision.requestId));
  await recordAudit(tx, actor, {
    action: decision.to === 'approved' ? 'company.join-approve' : 'company.join-decline',
    entityType: 'company_join_request',
    entityId: decision.requestId,
    changes: { status: { from: 'pending', to: decision.to }, user: { from: null, to: decision.requesterId }, via: { from: null, to: decision.as } },
  });
}

export type JoinDecisionInput = { requestId: string; as: DeciderRole };
type LockedRequest = Awaited<ReturnType<typeof lockDecidableRequest>>;

/**
 * One decision on a join request, in one transaction: lock the request, let `apply` refuse it
 * (by throwing) or carry out its effects, then close it as `to`. Returns what `apply` returns.
 */
export async function decideJoinRequest<T>(
  db: DbOrTx,
  actor: MembershipActor,
  input: JoinDecisionInput,
  { to, now }: { to: 'approved' | 'declined'; now: Date },
  apply: (tx: DbOrTx, locked: LockedRequest) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const locked = await lockDecidableRequest(tx, actor, input.requestId, input.as);
    const result = await apply(tx, locked);
    await settleJoinRequest(tx, actor, { requestId: locked.request.id, requesterId: locked.requester.id, as: input.as, to, now });
    return result;
  });
}
