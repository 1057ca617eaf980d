// Sends the invitation email after the invitation is saved, in the language the inviter chose.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { users } from '@/db/schema';
import { InvitationEmail } from '@/emails/invitation-email';
import { siteLink } from '@/lib/admin/site-link';
import type { AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/auth/action';
import type { Locale } from '@/lib/i18n/routing';
import { sendEmail } from '@/lib/mail/send-email';
import { logger } from '@/lib/log/logger';

export async function emailInvitation(
  db: DbOrTx,
  input: { email: string; role: string; locale: Locale; invitedBy: AuditActor; createdAt: Date },
) {
  const [inviter] = await db.select({ name: users.name }).from(users).where(eq(users.id, input.invitedBy.id));
  try {
    await sendEmail({
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
  } catch (error) {
    logger.error({ event: 'users.invitation_email_failed', to: input.email, err: error }, 'could not email the invitation');
    // The invitation is saved; the admin is told so they can send it again.
    throw new ActionError('inviteEmailFailed');
  }
}
