// Emails a theme's followers about each new step of its trail, exactly once per step: the first
// command to insert the step's key into theme_step_notices (in its own transaction) queues the
// emails in the outbox; a retry, a repeated command or a concurrent one inserts nothing and sends
// nothing. The proposer follows its own theme but already gets a specific email for acceptance,
// a merge and being put on a meeting, so those steps skip the proposer (skipUserId).
import 'server-only';
import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { agendaItems, meetingThemes, themeFollows, themes, themeStepNotices } from '@/db/schema';
import { ThemeStepEmail, type ThemeStepEmailKind } from '@/emails/theme-step-email';
import { formatDate } from '@/lib/format/copenhagen-time';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { prepareEmail } from '@/lib/mail/send-email';
import { siteLink } from '@/lib/mail/site-link';
import { publishedThemeTitle } from './published-wording';
import { readThemeFollowers, readTrailInput } from './trail-queries';
import { buildTrail, type TrailStep } from './trail-rules';

type Options = { skipUserId?: string | null; now?: Date };

/** What a step's email says, in the follower's language; null for steps that email nobody. */
function emailOf(step: TrailStep, locale: 'da' | 'en'): { kind: ThemeStepEmailKind; values: Record<string, string>; detail: string | null } | null {
  switch (step.kind) {
    case 'accepted':
      return { kind: 'accepted', values: {}, detail: step.answer };
    case 'mergedInto':
      return { kind: 'mergedInto', values: { target: step.theme.title }, detail: step.answer };
    case 'scheduled':
      return { kind: 'scheduled', values: { meeting: step.meeting.title, date: formatDate(step.meeting.startsAt, locale) }, detail: null };
    case 'reported':
      return {
        kind: 'reported',
        values: { meeting: step.meeting.title, date: formatDate(step.at, locale), caseNumber: step.caseNumber ?? 'none' },
        detail: null,
      };
    case 'outcome':
      return { kind: 'outcome', values: { caseNumber: step.caseNumber ?? 'none' }, detail: step.outcome };
    default:
      return null;
  }
}

/**
 * Queues the email about one step of a theme to each of its followers, once: `stepKey` is the
 * trail's key ('accepted', 'merged:<id>', 'scheduled:<meetingId>', 'reported:<followupId>'), or for
 * a changed outcome 'outcome:v<version>'. Call inside the transaction that made the step. Returns
 * how many emails were queued.
 */
export async function noticeThemeStep(tx: Tx, themeId: string, stepKey: string, { skipUserId = null, now = new Date() }: Options = {}) {
  const input = await readTrailInput(tx, themeId, now);
  if (!input) return 0;
  const trailKey = stepKey.startsWith('outcome') ? 'outcome' : stepKey;
  const step = buildTrail(input).find((s) => s.key === trailKey);
  if (!step || !emailOf(step, 'da')) return 0;
  const inserted = await tx.insert(themeStepNotices).values({ themeId, stepKey, createdAt: now }).onConflictDoNothing().returning();
  if (!inserted.length) return 0;
  const [[theme], followers] = await Promise.all([
    tx.select({ title: publishedThemeTitle }).from(themes).where(eq(themes.id, themeId)),
    readThemeFollowers(tx, themeId),
  ]);
  const rows = [];
  for (const follower of followers) {
    if (follower.id === skipUserId) continue;
    const locale = follower.locale;
    const content = emailOf(step, locale)!;
    rows.push(
      await prepareEmail(tx, {
        kind: 'theme-step',
        to: follower.email,
        toUserId: follower.id,
        locale,
        idempotencyKey: `theme-step:${themeId}:${stepKey}:${follower.id}`,
        render: (t, footer) => ({
          subject: t(`themeStep.${content.kind}.subject`, { theme: theme!.title }),
          element: ThemeStepEmail({
            t,
            footer,
            lang: locale,
            kind: content.kind,
            themeTitle: theme!.title,
            values: content.values,
            detail: content.detail,
            themeUrl: siteLink(locale, `/themes/${themeId}`),
            unfollowUrl: siteLink(locale, '/portal#following'),
          }),
        }),
      }),
    );
  }
  return rows.length ? queueEmails(tx, rows, now) : 0;
}

/** A theme was put on published meetings: its followers (not the proposer, who has its own email) hear once per meeting. */
export async function noticeThemeScheduled(tx: Tx, theme: { id: string; proposerId: string | null }, meetingIds: string[], now = new Date()) {
  let queued = 0;
  for (const meetingId of meetingIds) {
    queued += await noticeThemeStep(tx, theme.id, `scheduled:${meetingId}`, { skipUserId: theme.proposerId, now });
  }
  return queued;
}

/**
 * A meeting's briefing went to Økonomiudvalget: the followers of each theme on the meeting (on its
 * agenda or among its themes) hear once per briefing, the proposer included. Call after the
 * briefing is marked dispatched, in the same transaction.
 */
export async function noticeThemesReported(tx: Tx, briefing: { id: string; meetingId: string }, now = new Date()) {
  const [linked, onAgenda] = await Promise.all([
    tx.select({ themeId: meetingThemes.themeId }).from(meetingThemes).where(eq(meetingThemes.meetingId, briefing.meetingId)),
    tx
      .select({ themeId: sql<string>`${agendaItems.themeId}` })
      .from(agendaItems)
      .where(and(eq(agendaItems.meetingId, briefing.meetingId), isNotNull(agendaItems.themeId))),
  ]);
  const ids = [...new Set([...linked, ...onAgenda].map((r) => r.themeId))];
  if (!ids.length) return 0;
  const shown = await tx.select({ id: themes.id }).from(themes).where(and(inArray(themes.id, ids), inArray(themes.status, ['accepted', 'merged'])));
  let queued = 0;
  for (const { id } of shown.sort((a, b) => a.id.localeCompare(b.id))) {
    queued += await noticeThemeStep(tx, id, `reported:${briefing.id}`, { now });
  }
  return queued;
}

/** A moderator decided on a theme: an acceptance is a step its followers hear of (not the proposer, told already). */
export async function noticeThemeDecided(tx: Tx, theme: { id: string; status: string; proposerId: string | null }, now = new Date()) {
  if (theme.status !== 'accepted') return 0;
  return noticeThemeStep(tx, theme.id, 'accepted', { skipUserId: theme.proposerId, now });
}

/**
 * A theme was merged into another: its followers hear where it went (not the proposer, told
 * already), and from then on follow the theme it went into, whose trail continues its own.
 */
export async function noticeThemeMerged(tx: Tx, source: { id: string; proposerId: string | null }, targetId: string, now = new Date()) {
  const queued = await noticeThemeStep(tx, source.id, `merged:${targetId}`, { skipUserId: source.proposerId, now });
  await tx.execute(sql`
    insert into ${themeFollows} (theme_id, user_id)
    select ${targetId}::uuid, f.user_id from ${themeFollows} f where f.theme_id = ${source.id}::uuid
    on conflict do nothing`);
  return queued;
}
