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
      const fields = {
        userId: actor.id,
        companyId: actor.companyId,
        locale: actor.locale,
        status: 'active' as const,
        legalBasis: 'consent' as const,
        legalNote: null,
        source: 'portal' as const,
        confirmedAt: now,
        unsubscribedAt: null,
        updatedAt: now,
      };
      // The address is unique in lower case (an expression index), so: update, else insert.
      const updated = await tx
        .update(subscriptions)
        .set(fields)
        .where(sql`lower(${subscriptions.email}) = ${email}`)
        .returning({ id: subscriptions.id });
      if (updated.length === 0) {
        await tx.insert(subscriptions).values({ ...fields, email, createdAt: now }).onConflictDoNothing();
      }
      await tx.delete(emailSuppressions).where(and(eq(emailSuppressions.email, email), eq(emailSuppressions.reason, 'unsubscribed')));
    }
    await recordAudit(tx, actor, { action: `subscription.${input.intent}`, entityType: 'subscription', entityId: null, changes: { source: 'portal' } });
  });
}
