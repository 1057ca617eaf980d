// The public form's double opt-in: a pending subscription and a confirm email with a signed link.
// The answer is the same whatever the address's state (no enumeration), and an address gets at
// most one confirm email an hour whoever asks, so the form cannot be used to flood a person.
import 'server-only';
import { and, count, eq, gte, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { signInAttempts, subscriptions } from '@/db/schema';
import { SIGN_IN_WINDOW_MS } from '@/lib/auth/rate-limit';
import type { Locale } from '@/lib/i18n/routing';
import { queueEmail } from '@/lib/mail/send-email';
import { subscriptionConfirmEmail } from './confirm-email';
import { readSubscription } from './queries';
import { mayResendConfirm, SUBSCRIBE_PER_CLIENT } from './rules';

export type SubscribeOutcome = 'requested' | 'rateLimited';

export async function requestSubscription(
  db: Db,
  input: { email: string; locale: Locale; client: string },
  { now = new Date() } = {},
): Promise<SubscribeOutcome> {
  const email = input.email.toLowerCase();
  return db.transaction(async (tx) => {
    // Per client: counted in the sign-in attempts table (purged with it after its window).
    const key = `subscribe:${input.client}`;
    const [{ n }] = await tx
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.key, key), gte(signInAttempts.createdAt, new Date(now.getTime() - SIGN_IN_WINDOW_MS))));
    if (Number(n) >= SUBSCRIBE_PER_CLIENT) return 'rateLimited';
    await tx.insert(signInAttempts).values({ key, createdAt: now });

    const existing = await readSubscription(tx, email);
    // Already receiving the news: nothing to send, the same answer.
    if (existing?.status === 'active') return 'requested';
    if (existing?.status === 'pending' && !mayResendConfirm(existing.updatedAt, now)) return 'requested';
    // Unsubscribed, and a confirm email already went out since: the same hourly limit.
    const askedSince = existing?.status === 'unsubscribed' && existing.unsubscribedAt && existing.updatedAt > existing.unsubscribedAt;
    if (askedSince && !mayResendConfirm(existing.updatedAt, now)) return 'requested';
    if (existing) {
      // Lock the row, so two requests at once send one email.
      const [locked] = await tx
        .update(subscriptions)
        .set({ status: existing.status === 'unsubscribed' ? 'unsubscribed' : 'pending', locale: input.locale, updatedAt: now })
        .where(and(eq(subscriptions.id, existing.id), sql`${subscriptions.updatedAt} = ${existing.updatedAt.toISOString()}::timestamptz`))
        .returning({ id: subscriptions.id });
      if (!locked) return 'requested';
    } else {
      const inserted = await tx
        .insert(subscriptions)
        .values({ email, locale: input.locale, status: 'pending', legalBasis: 'consent', source: 'public-form', createdAt: now, updatedAt: now })
        .onConflictDoNothing()
        .returning({ id: subscriptions.id });
      if (inserted.length === 0) return 'requested';
    }
    await queueEmail(tx, subscriptionConfirmEmail(email, input.locale, now), now);
    return 'requested';
  });
}
