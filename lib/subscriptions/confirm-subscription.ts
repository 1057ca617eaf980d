// The confirming click of the double opt-in: the pending subscription becomes active, and an
// earlier unsubscribe's suppression is lifted (a bounce or complaint suppression stays).
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailSuppressions, subscriptions } from '@/db/schema';
import { readConfirmCode } from './links';

export type ConfirmOutcome = 'confirmed' | 'invalid';

export async function confirmSubscription(db: Db, input: { code: string }, { now = new Date() } = {}): Promise<ConfirmOutcome> {
  const email = readConfirmCode(input.code, now);
  if (!email) return 'invalid';
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(subscriptions)
      .where(sql`lower(${subscriptions.email}) = ${email}`)
      .for('update');
    if (!row) return 'invalid';
    if (row.status !== 'active') {
      await tx
        .update(subscriptions)
        .set({ status: 'active', legalBasis: 'consent', legalNote: null, source: 'public-form', confirmedAt: now, unsubscribedAt: null, updatedAt: now })
        .where(eq(subscriptions.id, row.id));
    }
    await tx.delete(emailSuppressions).where(and(eq(emailSuppressions.email, email), eq(emailSuppressions.reason, 'unsubscribed')));
    return 'confirmed';
  });
}
