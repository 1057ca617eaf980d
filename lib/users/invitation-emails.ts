// Queues the invitation email in the transaction that saves the invitation, in the language the
// inviter chose; the outbox worker delivers it.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { InvitationEmail } from '@/emails/invitation-email';
import { siteLink } from '@/lib/mail/site-link';
import type { AuditActor } from '@/lib/audit/record-audit';
import type { Locale } from '@/lib/i18n/routing';
import { queueEmail } from '@/lib/mail/send-email';

export async function emailInvitation(
  db: DbOrTx,
  input: { email: string; role: string; locale: Locale; invitedBy: AuditActor; createdAt: Date },
) {
  const [inviter] = await db.select({ name: users.name }).from(users).where(eq(users.id, input.invitedBy.id));
  await queueEmail(db, {
    kind: 'invitation',
    to: input.email,
    locale: input.locale,
    idempotencyKey: `invitation:${input.email}:${input.createdAt.getTime()}`,
    render: (t, footer) => ({
      subject: t('invitation.subject'),
      element: InvitationEmail({
        t,
        footer,
        lang: input.locale,
        role: input.role,
        inviter: inviter?.name ?? input.invitedBy.email,
        email: input.email,
        url: siteLink(input.locale, `/signin`),
      }),
    }),
  });
}
