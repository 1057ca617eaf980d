// Emails the proposer of a theme after a moderation decision, in the proposer's language. The
// email is queued in the outbox inside the decision's transaction (the outbox worker delivers
// it), so a decision and its notice are saved together or not at all. The note shown is the
// one given with this decision (or none): never a note stored with an earlier decision.
import 'server-only';
import type { Tx } from '@/db/client';
import type { themes } from '@/db/schema';
import { ThemeDecisionEmail, type ThemeDecisionKind } from '@/emails/theme-decision-email';
import { siteLink } from '@/lib/mail/site-link';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { prepareEmail } from '@/lib/mail/send-email';
import { emailMeetingOf } from '@/lib/meetings/email-meeting';
import { readNoticeProposer, readPublishedMeetingsOf } from './queries';

type Theme = typeof themes.$inferSelect;

/** Returns how many emails were queued (0 or 1). */
export async function queueThemeDecisionEmail(
  tx: Tx,
  input: { kind: ThemeDecisionKind; theme: Theme; note: string | null; target?: Theme },
  now = new Date(),
): Promise<number> {
  const { kind, theme, target } = input;
  const proposer = await readNoticeProposer(tx, theme);
  if (!proposer) return 0;
  const locale = proposer.locale;
  // A merged theme's proposer is told what now applies: the meetings the target is on.
  const targetMeetings = kind === 'merged' && target ? await readPublishedMeetingsOf(tx, target.id) : [];
  const row = await prepareEmail(tx, {
    kind: `theme-${kind}`,
    to: proposer.email,
    toUserId: proposer.id,
    locale,
    // One email per decision: the version the decision produced makes the key unique.
    idempotencyKey: `theme-${kind}:${theme.id}:${theme.version}`,
    render: (t, footer) => ({
      subject: t(`themeDecision.${kind}.subject`, { theme: theme.title, target: target?.title ?? '' }),
      element: ThemeDecisionEmail({
        t,
        footer,
        lang: locale,
        kind,
        themeTitle: theme.title,
        note: input.note,
        targetTitle: target?.title,
        targetMeetings: targetMeetings.map((m) => emailMeetingOf(m, locale)),
        url: siteLink(locale, '/portal'),
      }),
    }),
  });
  return queueEmails(tx, [row], now);
}
