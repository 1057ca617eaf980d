// A meeting's life: draft → published → (held), or cancelled. Publishing opens it for
// registration — unless it is dated in the past: then it is published, after the admin confirmed
// it, as the record of a meeting already held, which never takes registrations. Going back to
// draft is possible while nobody is registered or waiting (held meetings included, so a wrong
// record can be withdrawn); otherwise an upcoming meeting can be cancelled, which queues an email
// to everyone registered or on the waitlist, in the same transaction, for the outbox worker.
// A meeting that has already started cannot be cancelled: it took place. Publishing an upcoming
// meeting queues, for each theme on it, one notice to its proposer with the meeting as published;
// cancelling a published meeting tells them their theme is no longer on it.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { meetings, registrations } from '@/db/schema';
import { conflict, notFound } from '@/lib/admin/refusals';
import { recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import { ActionError } from '@/lib/actions/action-error';
import { cacheTags } from '@/lib/cache/tags';
import { lockMeeting } from '@/lib/registrations/seats';
import { queueThemeNoticesOnCancel, queueThemeNoticesOnPublish } from '@/lib/themes/theme-meeting-notices';
import { queueMeetingCancelledEmails } from './meeting-cancel-emails';
import { isDatedInThePast } from './meeting-phase';

type Meeting = typeof meetings.$inferSelect;
type Change = 'publish' | 'unpublish' | 'cancel';

const allowedFrom: Record<Change, Meeting['status'][]> = {
  publish: ['draft'],
  unpublish: ['published'],
  cancel: ['draft', 'published'],
};

const nextStatus: Record<Change, Meeting['status']> = { publish: 'published', unpublish: 'draft', cancel: 'cancelled' };

export async function changeMeetingStatus(
  db: DbOrTx,
  actor: AuditActor,
  input: { meetingId: string; version: number; change: Change; recordAsHeld?: boolean },
  { now = new Date() } = {},
) {
  const { meeting, notified, queuedEmails } = await db.transaction(async (tx) => {
    const before = await lockMeeting(tx, input.meetingId);
    if (!before) notFound();
    if (before.version !== input.version) conflict();
    if (!allowedFrom[input.change].includes(before.status)) throw new ActionError('wrongStatus');
    const past = isDatedInThePast(before.startsAt, now);
    if (input.change === 'publish' && past && !input.recordAsHeld) throw new ActionError('pastNeedsConfirmation');
    if (input.change === 'cancel' && past && before.status === 'published') throw new ActionError('meetingHeld');
    const active = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(and(eq(registrations.meetingId, before.id), inArray(registrations.status, ['registered', 'waitlisted', 'attended'])));
    if (input.change === 'unpublish' && active.length) throw new ActionError('hasRegistrations');
    const [meeting] = await tx
      .update(meetings)
      .set({
        status: nextStatus[input.change],
        ...(input.change === 'publish' ? { publishedAt: now } : {}),
        // A cancelled event needs a higher SEQUENCE for calendars to take the cancellation.
        ...(input.change === 'cancel' ? { cancelledAt: now, calendarSequence: sql`${meetings.calendarSequence} + 1` } : {}),
        version: sql`${meetings.version} + 1`,
      })
      .where(and(eq(meetings.id, before.id), eq(meetings.version, before.version)))
      .returning();
    if (!meeting) conflict();
    const notified = input.change === 'cancel' ? await queueMeetingCancelledEmails(tx, meeting, now) : 0;
    // The record of a meeting already held announces nothing to its themes' proposers.
    const themeNotices =
      input.change === 'publish'
        ? past
          ? 0
          : await queueThemeNoticesOnPublish(tx, meeting, now)
        : input.change === 'cancel'
          ? await queueThemeNoticesOnCancel(tx, before, meeting.version, now)
          : 0;
    await recordAudit(tx, actor, {
      action: `meeting.${input.change}`,
      entityType: 'meeting',
      entityId: before.id,
      changes: {
        status: { from: before.status, to: meeting.status },
        ...(input.change === 'cancel' ? { notified } : {}),
        ...(themeNotices ? { themeNotices } : {}),
        ...(input.change === 'publish' && past ? { recordedAsHeld: true } : {}),
      },
    });
    return { meeting, notified, queuedEmails: notified + themeNotices };
  });
  return {
    meeting,
    notified,
    queuedEmails,
    recordedAsHeld: input.change === 'publish' && isDatedInThePast(meeting.startsAt, now),
    cacheTags: [cacheTags.meetings, cacheTags.meeting(meeting.slug), cacheTags.themes],
  };
}
