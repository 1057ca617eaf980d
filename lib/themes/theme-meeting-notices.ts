// Tells a theme's proposer which meetings their theme is on, with each meeting as published.
// Only published meetings count: putting a theme on a draft sends nothing, and publishing the
// meeting sends the notice then, with the title, time and place it was published with. Every
// notice is queued in the outbox inside the transaction of the change that causes it; its
// idempotency key names the theme, the meeting(s) and the version the change produced, so a
// retried change never queues a second copy while a later change gets its own notice.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { meetings, meetingThemes, registrations, themes } from '@/db/schema';
import { ThemeScheduledEmail } from '@/emails/theme-scheduled-email';
import { ThemeUnscheduledEmail } from '@/emails/theme-unscheduled-email';
import { siteLink } from '@/lib/mail/site-link';
import { queueEmails } from '@/lib/mail/outbox-queue';
import { prepareEmail } from '@/lib/mail/send-email';
import { emailMeetingOf, meetingTimeText } from '@/lib/meetings/email-meeting';
import { readNoticeProposer, readPublishedMeetingsOf } from './queries';
import { noticeThemeScheduled } from './theme-step-notices';

type Theme = typeof themes.$inferSelect;
type Meeting = typeof meetings.$inferSelect;

/**
 * Queues one notice about one change to a theme's meetings: put on (scheduled), moved
 * (rescheduled: put on some and taken off others), taken off (unscheduled), or the meeting it
 * is on got a new time or place (meetingMoved). Drafts and
 * cancelled meetings in `added`/`removed` are ignored. Returns how many emails were queued (0 or 1).
 */
export async function queueThemeMeetingsNotice(
  tx: Tx,
  input: { theme: Theme; added: Meeting[]; removed: Meeting[]; key: string; meetingMoved?: boolean },
  now = new Date(),
): Promise<number> {
  const added = input.added.filter((m) => m.status === 'published');
  const removed = input.removed.filter((m) => m.status === 'published');
  if ((!added.length && !removed.length) || input.theme.status !== 'accepted') return 0;
  // The followers' own step emails (once per meeting, whoever puts the theme on it).
  const followerEmails = input.meetingMoved ? 0 : await noticeThemeScheduled(tx, input.theme, added.map((m) => m.id), now);
  const proposer = await readNoticeProposer(tx, input.theme);
  if (!proposer) return followerEmails;
  const { locale } = proposer;
  const theme = input.theme;
  const removedLines = removed.map((m) => ({ title: m.title, when: meetingTimeText(m, locale) }));
  const portalUrl = siteLink(locale, '/portal');
  const kind = input.meetingMoved ? 'meetingMoved' : added.length ? (removed.length ? 'rescheduled' : 'scheduled') : 'unscheduled';
  const stillOn = kind === 'unscheduled' ? await readPublishedMeetingsOf(tx, theme.id) : [];
  const row = await prepareEmail(tx, {
    kind: kind === 'meetingMoved' ? 'theme-meeting-moved' : `theme-${kind}`,
    to: proposer.email,
    toUserId: proposer.id,
    locale,
    idempotencyKey: input.key,
    render: (t, footer) => ({
      subject: t(`themeMeetings.${kind}.subject`, { theme: theme.title }),
      element:
        kind === 'unscheduled'
          ? ThemeUnscheduledEmail({
              t,
              footer,
              lang: locale,
              themeTitle: theme.title,
              removed: removedLines,
              stillOn: stillOn.map((m) => emailMeetingOf(m, locale)),
              portalUrl,
            })
          : ThemeScheduledEmail({
              t,
              footer,
              lang: locale,
              themeTitle: theme.title,
              variant: kind,
              meetings: added.map((m) => emailMeetingOf(m, locale)),
              noLongerOn: removedLines,
              portalUrl,
            }),
    }),
  });
  return (await queueEmails(tx, [row], now)) + followerEmails;
}

async function themesOn(tx: Tx, meetingId: string) {
  return tx
    .select({ theme: themes })
    .from(meetingThemes)
    .innerJoin(themes, eq(themes.id, meetingThemes.themeId))
    .where(eq(meetingThemes.meetingId, meetingId))
    .orderBy(meetingThemes.position);
}

/** A meeting was just published: each accepted theme on it gets one notice naming it as published. */
export async function queueThemeNoticesOnPublish(tx: Tx, meeting: Meeting, now = new Date()): Promise<number> {
  const rows = await themesOn(tx, meeting.id);
  let queued = 0;
  for (const { theme } of rows) {
    queued += await queueThemeMeetingsNotice(
      tx,
      { theme, added: [meeting], removed: [], key: `theme-scheduled:${theme.id}:${meeting.id}:v${meeting.version}` },
      now,
    );
  }
  return queued;
}

/**
 * A published meeting got a new time or place: the proposers of its themes hear the new data too,
 * except those registered for it, who already get the change with the calendar file.
 */
export async function queueThemeNoticesOnMeetingMove(
  tx: Tx,
  meeting: Meeting,
  /** Themes put on in the same save: their "scheduled" notice already has the new data. */
  justAdded: string[] = [],
  now = new Date(),
): Promise<number> {
  const rows = await themesOn(tx, meeting.id);
  const attending = new Set(
    (
      await tx
        .select({ userId: registrations.userId })
        .from(registrations)
        .where(and(eq(registrations.meetingId, meeting.id), inArray(registrations.status, ['registered', 'waitlisted'])))
    ).map((r) => r.userId),
  );
  let queued = 0;
  for (const { theme } of rows) {
    if (justAdded.includes(theme.id) || (theme.proposerId && attending.has(theme.proposerId))) continue;
    queued += await queueThemeMeetingsNotice(
      tx,
      { theme, added: [meeting], removed: [], meetingMoved: true, key: `theme-meeting-moved:${theme.id}:${meeting.id}:s${meeting.calendarSequence}` },
      now,
    );
  }
  return queued;
}

/**
 * A published meeting was cancelled: its themes are no longer on it. Each proposer is told so,
 * with the published meetings the theme is still on (or none). `published` is the meeting as it
 * was published, `version` the cancellation's version.
 */
export async function queueThemeNoticesOnCancel(tx: Tx, published: Meeting, version: number, now = new Date()): Promise<number> {
  if (published.status !== 'published') return 0;
  const rows = await themesOn(tx, published.id);
  let queued = 0;
  for (const { theme } of rows) {
    queued += await queueThemeMeetingsNotice(
      tx,
      { theme, added: [], removed: [published], key: `theme-unscheduled:${theme.id}:${published.id}:v${version}` },
      now,
    );
  }
  return queued;
}

/** The meeting editor put themes on, or took them off, a meeting: one notice per theme (published meetings only). */
export async function queueThemeNoticesForMeeting(
  tx: Tx,
  meeting: Meeting,
  change: { added: string[]; removed: string[] },
  now = new Date(),
): Promise<number> {
  if (meeting.status !== 'published') return 0;
  const ids = [...change.added, ...change.removed];
  if (!ids.length) return 0;
  const rows = await tx.select().from(themes).where(inArray(themes.id, ids));
  let queued = 0;
  for (const theme of rows) {
    const isAdded = change.added.includes(theme.id);
    queued += await queueThemeMeetingsNotice(
      tx,
      {
        theme,
        added: isAdded ? [meeting] : [],
        removed: isAdded ? [] : [meeting],
        key: `theme-${isAdded ? 'scheduled' : 'unscheduled'}:${theme.id}:${meeting.id}:v${meeting.version}`,
      },
      now,
    );
  }
  return queued;
}
