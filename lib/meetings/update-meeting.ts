// Editing a meeting. The checks shared with a new meeting (meeting-save-checks.ts) run together
// with the capacity check (not below the seats already taken) before anything is written. A save
// names the version it edited; if someone saved meanwhile, it is refused (optimistic concurrency).
// A published meeting's save queues its notices in the same transaction: a new time or place
// raises the calendar sequence and tells everyone registered or waiting; themes put on or taken
// off tell their proposers. A draft tells nobody anything until it is published.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { meetings, meetingThemes } from '@/db/schema';
import { conflict, notFound } from '@/lib/admin/refusals';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { FieldError } from '@/lib/actions/form-state';
import { cacheTags } from '@/lib/cache/tags';
import { lockMeeting, seatsTaken } from '@/lib/registrations/seats';
import { queueThemeNoticesForMeeting, queueThemeNoticesOnMeetingMove } from '@/lib/themes/theme-meeting-notices';
import { queueMeetingChangedEmails, timeOrPlaceChanged } from './meeting-change-notices';
import { isDatedInThePast } from './meeting-phase';
import { checkPast, checkThemes, checkTimes, fieldsOf, refuseIfAny, resolveSlug, withSlugRace } from './meeting-save-checks';
import { setMeetingThemes } from './meeting-theme-links';
import type { MeetingInput } from './schema';

type Meeting = typeof meetings.$inferSelect;

export async function updateMeeting(
  db: DbOrTx,
  actor: AuditActor,
  input: MeetingInput & { meetingId: string; version: number },
  { now = new Date() } = {},
) {
  const themeIds = [...new Set(input.themeIds)];
  const { before, meeting, queuedEmails } = await withSlugRace(() =>
    db.transaction(async (tx) => {
      // Locked so that no registration slips in between the seat count and the save.
      const before: Meeting | null = await lockMeeting(tx, input.meetingId);
      if (!before) notFound();
      if (before.version !== input.version) conflict();
      const errors: Record<string, FieldError> = {};
      checkTimes(input, errors);
      checkPast(input, errors, now, before);
      const slug = await resolveSlug(tx, input.slug ? input : { ...input, slug: before.slug }, errors, before.id);
      const linked = await tx.select({ id: meetingThemes.themeId }).from(meetingThemes).where(eq(meetingThemes.meetingId, before.id));
      await checkThemes(tx, themeIds, new Set(linked.map((r) => r.id)), errors);
      if (input.capacity !== null) {
        const taken = await seatsTaken(tx, before.id);
        if (input.capacity < taken) errors.capacity = { key: 'admin.capacityBelowTaken', values: { taken } };
      }
      refuseIfAny(errors);
      const fields = fieldsOf(input, slug);
      const moved = timeOrPlaceChanged(before, fields);
      const [meeting] = await tx
        .update(meetings)
        .set({
          ...fields,
          version: sql`${meetings.version} + 1`,
          // Calendars only move an event whose SEQUENCE went up; other edits leave it alone.
          ...(moved ? { calendarSequence: sql`${meetings.calendarSequence} + 1` } : {}),
        })
        .where(and(eq(meetings.id, before.id), eq(meetings.version, before.version)))
        .returning();
      if (!meeting) conflict();
      const { added, removed } = await setMeetingThemes(tx, before.id, themeIds);
      const changes: Record<string, unknown> = diffFields(before as unknown as Record<string, unknown>, fields);
      if (added.length || removed.length) changes.themes = { added, removed };
      let queuedEmails = await queueThemeNoticesForMeeting(tx, meeting, { added, removed });
      if (moved && meeting.status === 'published') {
        const notified = await queueMeetingChangedEmails(tx, before, meeting);
        changes.notified = notified;
        queuedEmails += notified + (await queueThemeNoticesOnMeetingMove(tx, meeting, added));
      }
      if (changes.startsAt && isDatedInThePast(input.startsAt, now)) changes.recordedAsHeld = true;
      await recordAudit(tx, actor, { action: 'meeting.update', entityType: 'meeting', entityId: before.id, changes });
      return { before, meeting, queuedEmails };
    }),
  );
  const slugs = new Set([before.slug, meeting.slug]);
  return { meeting, queuedEmails, cacheTags: [cacheTags.meetings, cacheTags.themes, ...[...slugs].map(cacheTags.meeting)] };
}
