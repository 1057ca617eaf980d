// Creating and editing meetings. All the rules that span fields or need the database are
// checked here, together, before anything is written: end after start, deadline not after the
// start, capacity not below the seats already taken, a unique address, and a start in the past
// only as the record of a meeting already held (explicitly confirmed). A save names the version
// it edited; if someone saved meanwhile, it is refused (optimistic concurrency).
// A published meeting's save queues its notices in the same transaction: a new time or place
// raises the calendar sequence and tells everyone registered or waiting; themes put on or taken
// off tell their proposers. A draft tells nobody anything until it is published.
import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { meetings, meetingThemes, themes } from '@/db/schema';
import { conflict, fieldRefusal, isUniqueViolation, notFound } from '@/lib/admin/refusals';
import { diffFields, recordAudit, type AuditActor } from '@/lib/audit/record-audit';
import type { FieldError } from '@/lib/actions/form-state';
import { cacheTags } from '@/lib/cache/tags';
import { lockMeeting, seatsTaken } from '@/lib/registrations/seats';
import { queueThemeNoticesForMeeting, queueThemeNoticesOnMeetingMove } from '@/lib/themes/theme-meeting-notices';
import { queueMeetingChangedEmails, timeOrPlaceChanged } from './meeting-change-notices';
import { isDatedInThePast } from './meeting-phase';
import { freeSlugFor, slugIsTaken } from './meeting-slug';
import { SLUG_MAX, SLUG_PATTERN } from '@/lib/format/slug-from-title';

type Meeting = typeof meetings.$inferSelect;

export type MeetingInput = {
  title: string;
  /** Empty: made from the title. */
  slug?: string | null;
  startsAt: Date;
  endsAt: Date;
  place: string;
  address?: string | null;
  description: string;
  capacity: number | null;
  registrationDeadline: Date | null;
  themeIds: string[];
  /** The admin confirmed that a start in the past records a meeting already held. */
  recordAsHeld?: boolean;
};

type Fields = Omit<MeetingInput, 'themeIds' | 'slug' | 'recordAsHeld'> & { slug: string };

/**
 * A start in the past needs the confirmation when it is new: on a new meeting, or when an edit
 * moves the start. Editing the text of a meeting already held does not ask again.
 */
function checkPast(input: MeetingInput, errors: Record<string, FieldError>, now: Date, before?: Meeting) {
  const startMoved = !before || before.startsAt.getTime() !== input.startsAt.getTime();
  if (startMoved && isDatedInThePast(input.startsAt, now) && !input.recordAsHeld) errors.recordAsHeld = { key: 'admin.pastNeedsConfirmation' };
}

function checkTimes(input: MeetingInput, errors: Record<string, FieldError>) {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) errors.endsAt = { key: 'admin.endBeforeStart' };
  if (input.registrationDeadline && input.registrationDeadline.getTime() > input.startsAt.getTime()) {
    errors.registrationDeadline = { key: 'admin.deadlineAfterStart' };
  }
}

async function resolveSlug(tx: Tx, input: MeetingInput, errors: Record<string, FieldError>, meetingId?: string) {
  const typed = input.slug?.trim().toLowerCase();
  if (!typed) return freeSlugFor(tx, input.title, meetingId);
  if (!SLUG_PATTERN.test(typed) || typed.length > SLUG_MAX) errors.slug = { key: 'admin.slugFormat' };
  else if (await slugIsTaken(tx, typed, meetingId)) errors.slug = { key: 'admin.slugTaken' };
  return typed;
}

/** New themes on a meeting must be accepted; themes already on it may stay whatever they are. */
async function checkThemes(tx: Tx, themeIds: string[], alreadyLinked: Set<string>, errors: Record<string, FieldError>) {
  const fresh = themeIds.filter((id) => !alreadyLinked.has(id));
  if (!fresh.length) return;
  const rows = await tx.select({ id: themes.id, status: themes.status }).from(themes).where(inArray(themes.id, fresh));
  if (rows.length !== fresh.length || rows.some((r) => r.status !== 'accepted')) errors.themeIds = { key: 'admin.themeNotAccepted' };
}

function fieldsOf(input: MeetingInput, slug: string): Fields {
  return {
    title: input.title.trim(),
    slug,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place.trim(),
    address: input.address?.trim() || null,
    description: input.description.trim(),
    capacity: input.capacity,
    registrationDeadline: input.registrationDeadline,
  };
}

/** Links the meeting to exactly these themes, in the order given. Returns what was added and removed. */
async function setMeetingThemes(tx: Tx, meetingId: string, themeIds: string[]) {
  const current = await tx
    .select({ themeId: meetingThemes.themeId, position: meetingThemes.position })
    .from(meetingThemes)
    .where(eq(meetingThemes.meetingId, meetingId));
  const have = new Map(current.map((r) => [r.themeId, r.position]));
  const added = themeIds.filter((id) => !have.has(id));
  const removed = [...have.keys()].filter((id) => !themeIds.includes(id));
  if (removed.length) {
    await tx.delete(meetingThemes).where(and(eq(meetingThemes.meetingId, meetingId), inArray(meetingThemes.themeId, removed)));
  }
  if (added.length) {
    await tx.insert(meetingThemes).values(added.map((themeId) => ({ meetingId, themeId, position: themeIds.indexOf(themeId) })));
  }
  for (const [position, themeId] of themeIds.entries()) {
    if (have.has(themeId) && have.get(themeId) !== position) {
      await tx
        .update(meetingThemes)
        .set({ position })
        .where(and(eq(meetingThemes.meetingId, meetingId), eq(meetingThemes.themeId, themeId)));
    }
  }
  return { added, removed };
}

function refuseIfAny(errors: Record<string, FieldError>) {
  if (Object.keys(errors).length) fieldRefusal(errors);
}

async function withSlugRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two saves picked the same free address at the same moment: the loser is told.
    if (isUniqueViolation(error)) fieldRefusal({ slug: 'admin.slugTaken' });
    throw error;
  }
}

export async function createMeeting(db: DbOrTx, actor: AuditActor, input: MeetingInput, { now = new Date() } = {}) {
  const themeIds = [...new Set(input.themeIds)];
  const { meeting } = await withSlugRace(() =>
    db.transaction(async (tx) => {
      const errors: Record<string, FieldError> = {};
      checkTimes(input, errors);
      checkPast(input, errors, now);
      const slug = await resolveSlug(tx, input, errors);
      await checkThemes(tx, themeIds, new Set(), errors);
      refuseIfAny(errors);
      const [meeting] = await tx.insert(meetings).values({ ...fieldsOf(input, slug), status: 'draft' }).returning();
      const { added } = await setMeetingThemes(tx, meeting.id, themeIds);
      await recordAudit(tx, actor, {
        action: 'meeting.create',
        entityType: 'meeting',
        entityId: meeting.id,
        changes: {
          ...diffFields({} as Record<string, unknown>, fieldsOf(input, slug)),
          themes: { added, removed: [] },
          ...(isDatedInThePast(input.startsAt, now) ? { recordedAsHeld: true } : {}),
        },
      });
      // A new meeting is a draft: its themes' proposers hear about it when it is published.
      return { meeting };
    }),
  );
  return { meeting, cacheTags: [cacheTags.meetings, cacheTags.themes] };
}

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
