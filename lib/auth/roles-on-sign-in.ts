// Roles that follow from who signs in: the ADMIN_EMAILS bootstrap and pending invitations.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { invitations, users } from '@/db/schema';
import { getEnv } from '@/lib/env';
import type { Role } from './permissions';

/** ADMIN_EMAILS="mayor@x.dk:chair,staff@x.dk" — a plain address means secretariat. */
export function parseAdminEmails(value: string): Map<string, Role> {
  const result = new Map<string, Role>();
  for (const entry of value.split(/[\s,;]+/).filter(Boolean)) {
    const [email, role] = entry.split(':');
    result.set(email.toLowerCase(), role === 'chair' ? 'chair' : 'secretariat');
  }
  return result;
}

export async function applyRoleOnSignIn(db: DbOrTx, email: string) {
  const bootstrap = parseAdminEmails(getEnv().ADMIN_EMAILS).get(email.toLowerCase());
  if (bootstrap) {
    await db.update(users).set({ role: bootstrap }).where(eq(users.email, email));
    return;
  }
  const [invitation] = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.email, email), isNull(invitations.acceptedAt)));
  if (invitation) {
    await db.update(users).set({ role: invitation.role }).where(eq(users.email, email));
    await db
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(eq(invitations.email, email));
  }
}

export async function isDeactivated(db: DbOrTx, email: string | null | undefined) {
  if (!email) return false;
  const [row] = await db
    .select({ deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.email, email.toLowerCase()));
  return Boolean(row?.deactivatedAt);
}
