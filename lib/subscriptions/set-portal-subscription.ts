// The portal's one click: a signed-in person subscribes their own address (their consent, active
// at once: signing in proved the mailbox) or stops.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { emailSuppressions, subscriptions } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Locale } from '@/lib/i18n/routing';
import { unsubscribeAddress } from './unsubscribe';

export type PortalSubscriber = { id: string; email: string; companyId: string | null; locale: Locale };

export async function setPortalSubscription(
  db: Db,
  actor: PortalSubscriber,
  input: { intent: 'subscribe' | 'unsubscribe' },
  { now = new Date() } = {},
) {
  const email = actor.email.toLowerCase();
  await db.transaction(async (tx) => {
    if (input.intent === 'unsubscribe') {
      await unsubscribeAddress(tx, email, { now });
    } else {
      await tx
        .insert(subscriptions)
        .values({
          email,
          userId: actor.id,
          companyId: actor.companyId,
          locale: actor.locale,
          status: 'active',
          legalBasis: 'consent',
          source: 'portal',
          confirmedAt: now,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoUpdate({
          target: sql`lower(${subscriptions.email})`,
          set: {
            userId: actor.id,
            companyId: actor.companyId,
            locale: actor.locale,
            status: 'active',
            legalBasis: 'consent',
            legalNote: null,
            source: 'portal',
            confirmedAt: now,
            unsubscribedAt: null,
            updatedAt: now,
          },
        });
      await tx.delete(emailSuppressions).where(and(eq(emailSuppressions.email, email), eq(emailSuppressions.reason, 'unsubscribed')));
    }
    await recordAudit(tx, actor, { action: `subscription.${input.intent}`, entityType: 'subscription', entityId: null, changes: { source: 'portal' } });
  });
}
