// Emails about membership, queued in the outbox inside the transaction of the change they
// report: the change and its emails are saved together or not at all.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { forumSettings, users } from '@/db/schema';
import { MembershipEmail } from '@/emails/membership-email';
import { siteLink } from '@/lib/mail/site-link';
import type { Locale } from '@/lib/i18n/routing';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { prepareEmail } from '@/lib/mail/send-email';

export type MembershipEmailKind =
  | 'requestToMembers'
  | 'requestToSecretariat'
  | 'requestReceived'
  | 'approved'
  | 'declined'
  | 'memberJoined'
  | 'left'
  | 'memberLeft'
  | 'removed'
  | 'memberRemoved'
  | 'verified'
  | 'domainSet';

export type Recipient = { email: string; userId: string | null; locale: Locale };

/** The approved, active members of a company, to be told about its membership. */
export async function memberRecipients(tx: DbOrTx, companyId: string, exceptUserId?: string): Promise<Recipient[]> {
  const rows = await tx
    .select({ email: users.email, userId: users.id, locale: users.locale })
    .from(users)
    .where(and(eq(users.companyId, companyId), isNull(users.deactivatedAt)));
  return rows.filter((r) => r.userId !== exceptUserId);
}

/** The secretariat's shared address (forum settings), in Danish. */
export async function secretariatRecipient(tx: DbOrTx): Promise<Recipient[]> {
  const [settings] = await tx.select({ email: forumSettings.email }).from(forumSettings).limit(1);
  return settings ? [{ email: settings.email, userId: null, locale: 'da' }] : [];
}

export async function queueMembershipEmails(
  tx: DbOrTx,
  kind: MembershipEmailKind,
  recipients: Recipient[],
  values: Record<string, string>,
  options: { path?: string; key: string; now: Date },
) {
  const prepared = await Promise.all(
    recipients.map((r) =>
      prepareEmail(tx, {
        kind: `membership.${kind}`,
        to: r.email,
        toUserId: r.userId,
        locale: r.locale,
        // One email per event and recipient, however often the transaction is retried.
        idempotencyKey: `membership:${kind}:${options.key}:${r.email}`,
        render: (t, footer) => ({
          subject: t(`membership.${kind}.subject`, values),
          element: MembershipEmail({ t, footer, lang: r.locale, kind, values, url: options.path ? siteLink(r.locale, options.path) : undefined }),
        }),
      }),
    ),
  );
  if (prepared.length) await queueEmails(tx, prepared, options.now);
}
