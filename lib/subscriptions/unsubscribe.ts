// Unsubscribing (the link in every bulk email, the one-click POST, the portal): the subscription
// stops, the address goes on the suppression list, and bulk emails queued but not yet sent to it
// are cancelled at once (the worker also skips suppressed addresses when it claims bulk rows).
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { emailOutbox, emailPriorities, emailSuppressions, subscriptions, type SuppressionReason } from '@/db/schema';
import { SUPPRESSED_AT_CLAIM } from '@/lib/mail/outbox-claim';
import { readUnsubscribeCode } from './links';


/** Puts an address on the suppression list (keeping an earlier reason) and cancels its queued bulk email. */
export async function suppressAddress(db: DbOrTx, email: string, reason: SuppressionReason, now: Date) {
  const address = email.toLowerCase();
  await db
    .insert(emailSuppressions)
    .values({ email: address, reason, createdAt: now })
    .onConflictDoUpdate({
      target: emailSuppressions.email,
      // A bounce or a complaint is stronger than an unsubscribe: it replaces it, never the reverse.
      set: { reason: sql`case when ${emailSuppressions.reason} = 'unsubscribed' then excluded.reason else ${emailSuppressions.reason} end` },
    });
  await db
    .update(emailOutbox)
    .set({ status: 'failed', lastError: SUPPRESSED_AT_CLAIM })
    .where(and(eq(emailOutbox.status, 'pending'), eq(emailOutbox.priority, emailPriorities.bulk), sql`lower(${emailOutbox.toEmail}) = ${address}`));
}

export async function unsubscribeAddress(db: DbOrTx, email: string, { now = new Date() } = {}) {
  const address = email.toLowerCase();
  await db
    .update(subscriptions)
    .set({ status: 'unsubscribed', unsubscribedAt: now, updatedAt: now })
    .where(and(sql`lower(${subscriptions.email}) = ${address}`, sql`${subscriptions.status} <> 'unsubscribed'`));
  await suppressAddress(db, address, 'unsubscribed', now);
}

export type UnsubscribeOutcome = { status: 'unsubscribed'; email: string } | { status: 'invalid' };

/** The link's code: a forged or damaged one changes nothing. */
export async function unsubscribeByCode(db: DbOrTx, input: { code: string | null | undefined }, { now = new Date() } = {}): Promise<UnsubscribeOutcome> {
  const email = readUnsubscribeCode(input.code);
  if (!email) return { status: 'invalid' };
  await unsubscribeAddress(db, email, { now });
  return { status: 'unsubscribed', email };
}
