// Emails the proposer of a theme after each moderation decision, in the proposer's language.
// Queued in the transaction that records the decision (call it with that transaction), and
// delivered by the outbox worker.
import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { meetings, themes, users } from '@/db/schema';
import { ThemeDecisionEmail, type ThemeDecisionKind } from '@/emails/theme-decision-email';
import { siteLink } from '@/lib/admin/site-link';
import { formatDateTime } from '@/lib/format/copenhagen-time';
import { queueEmail } from '@/lib/mail/send-email';

type Theme = typeof themes.$inferSelect;

export async function emailThemeDecision(
  db: DbOrTx,
  input: { kind: ThemeDecisionKind; theme: Theme; target?: Theme; meetingIds?: string[] },
) {
  const { kind, theme } = input;
  if (!theme.proposerId) return;
  const [proposer] = await db
    .select({ id: users.id, email: users.email, locale: users.locale, deactivatedAt: users.deactivatedAt })
    .from(users)
    .where(eq(users.id, theme.proposerId));
  if (!proposer || proposer.deactivatedAt) return;
  const locale = proposer.locale;
  const meetingRows = input.meetingIds?.length
    ? await db
        .select({ title: meetings.title, startsAt: meetings.startsAt })
        .from(meetings)
        .where(inArray(meetings.id, input.meetingIds))
        .orderBy(meetings.startsAt)
    : [];
  await queueEmail(db, {
    kind: `theme-${kind}`,
    to: proposer.email,
    toUserId: proposer.id,
    locale,
    // One email per decision: the version the decision produced (or the meetings the theme
    // was put on) makes the key unique.
    idempotencyKey:
      kind === 'scheduled'
        ? `theme-scheduled:${theme.id}:${[...(input.meetingIds ?? [])].sort().join(',')}`
        : `theme-${kind}:${theme.id}:${theme.version}`,
    render: (t, footer) => ({
      subject: t(`themeDecision.${kind}.subject`, { theme: theme.title, target: input.target?.title ?? '' }),
      element: ThemeDecisionEmail({
        t,
        footer,
        lang: locale,
        kind,
        themeTitle: theme.title,
        answer: theme.moderatorAnswer,
        targetTitle: input.target?.title,
        meetings: meetingRows.map((m) => ({ title: m.title, when: formatDateTime(m.startsAt, locale) })),
        url: siteLink(locale, '/portal'),
      }),
    }),
  });
}
