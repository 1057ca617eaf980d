// The secretariat's wording of a theme for publication. The proposer's own title and description
// are never changed: the edited wording is stored beside them, the public reads it instead
// (published-wording.ts), the proposer sees both in the portal and is emailed, and the change is
// audit-logged. The email is queued in the same transaction, so it goes if and only if the edit
// was saved. Saving the proposer's own text again removes the edit.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { themes, users } from '@/db/schema';
import { ThemeWordingEmail } from '@/emails/theme-wording-email';
import { conflict, notFound } from '@/lib/admin/refusals';
import { siteLink } from '@/lib/mail/site-link';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { cacheTags } from '@/lib/cache/tags';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { prepareEmail } from '@/lib/mail/send-email';

export type ThemeWordingInput = { themeId: string; version: number; title: string; description: string };

/** Only themes that are or may become public have a wording for publication. */
const editableStatuses = ['submitted', 'accepted'] as const;

export async function editThemeWording(db: Db, actor: AuditActor, input: ThemeWordingInput, { now = new Date() } = {}) {
  return db.transaction(async (tx) => {
    const [theme] = await tx.select().from(themes).where(eq(themes.id, input.themeId)).for('update');
    if (!theme) notFound();
    if (theme.version !== input.version) conflict();
    if (!(editableStatuses as readonly string[]).includes(theme.status)) throw new ActionError('wrongStatus');

    // The proposer's own words again mean "no edit": the public then reads the original.
    const publicTitle = input.title === theme.title ? null : input.title;
    const publicDescription = input.description === theme.description ? null : input.description;
    const edited = publicTitle !== null || publicDescription !== null;
    if (publicTitle === theme.publicTitle && publicDescription === theme.publicDescription) {
      return { changed: false, cacheTags: [] as string[] };
    }

    const [updated] = await tx
      .update(themes)
      .set({
        publicTitle,
        publicDescription,
        wordingEditedById: edited ? actor.id : null,
        wordingEditedAt: edited ? now : null,
        version: sql`${themes.version} + 1`,
      })
      .where(and(eq(themes.id, theme.id), eq(themes.version, theme.version)))
      .returning();
    if (!updated) conflict();

    await recordAudit(tx, actor, {
      action: 'theme.edit-wording',
      entityType: 'theme',
      entityId: theme.id,
      changes: {
        ...(publicTitle !== theme.publicTitle ? { publicTitle: { from: theme.publicTitle, to: publicTitle } } : {}),
        ...(publicDescription !== theme.publicDescription ? { publicDescription: { from: theme.publicDescription, to: publicDescription } } : {}),
      },
    });

    await queueWordingEmail(tx, updated);
    return { changed: true, cacheTags: [cacheTags.themes, cacheTags.meetings] };
  });
}

type Theme = typeof themes.$inferSelect;

async function queueWordingEmail(tx: Tx, theme: Theme) {
  if (!theme.proposerId) return;
  const [proposer] = await tx
    .select({ id: users.id, email: users.email, locale: users.locale, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.id, theme.proposerId));
  if (!proposer || proposer.deactivatedAt) return;
  const locale = proposer.locale;
  const email = await prepareEmail(tx, {
    kind: 'theme-wording',
    to: proposer.email,
    toUserId: proposer.id,
    locale,
    // One email per saved edit: the version it produced makes the key unique.
    idempotencyKey: `theme-wording:${theme.id}:${theme.version}`,
    render: (t, footer) => ({
      subject: t('themeWording.subject', { theme: theme.title }),
      element: ThemeWordingEmail({
        t,
        footer,
        lang: locale,
        originalTitle: theme.title,
        publicTitle: theme.publicTitle,
        publicDescription: theme.publicDescription,
        url: siteLink(locale, '/portal'),
      }),
    }),
  });
  await queueEmails(tx, [email]);
}
